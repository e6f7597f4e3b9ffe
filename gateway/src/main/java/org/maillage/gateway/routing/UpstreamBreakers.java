package org.maillage.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.maillage.gateway.config.GatewayConfig;

/**
 * The circuit breaker of each service, shared by every call the gateway makes to it; made at start, so that its
 * meters show from then.
 */
@Startup
@ApplicationScoped
public class UpstreamBreakers {

    private static final Logger LOG = Logger.getLogger(UpstreamBreakers.class);

    private final Map<String, CircuitBreaker> breakers;
    private final Duration openFor;

    public UpstreamBreakers(RouteTable routes, GatewayConfig config, MeterRegistry meters) {
        GatewayConfig.Breaker settings = config.proxy().breaker();
        this.openFor = settings.openFor();
        CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.probes())
                // Only failures reported by the proxy count; no exception is thrown through the breaker.
                .recordException(failure -> true)
                .build();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(breakerConfig);
        this.breakers = routes.upstreams().stream().collect(Collectors.toUnmodifiableMap(Upstream::name,
                upstream -> breaker(registry, upstream.name())));
        // resilience4j_circuitbreaker_state{name=<service>,state=...} and the calls it recorded, per service.
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
    }

    /** A permit for one attempt, or nothing while the service's circuit is open. */
    public Optional<BreakerPermit> admit(Upstream upstream) {
        CircuitBreaker breaker = breakers.get(upstream.name());
        return breaker.tryAcquirePermission() ? Optional.of(new BreakerPermit(breaker)) : Optional.empty();
    }

    /** Seconds a caller refused by an open circuit is told to wait. */
    public long retryAfterSeconds() {
        return Math.max(1, (openFor.toMillis() + 999) / 1000);
    }

    private static CircuitBreaker breaker(CircuitBreakerRegistry registry, String name) {
        CircuitBreaker breaker = registry.circuitBreaker(name);
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.StateTransition transition = event.getStateTransition();
            if (transition.getToState() == CircuitBreaker.State.OPEN) {
                LOG.warnf("The %s service is failing: calls to it are refused for now (%s)", name, transition);
            } else {
                LOG.infof("Circuit of the %s service: %s", name, transition);
            }
        });
        return breaker;
    }
}
