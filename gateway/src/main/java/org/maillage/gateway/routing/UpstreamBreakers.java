package org.maillage.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.maillage.gateway.config.GatewayConfig;

/** The circuit breaker of each service, shared by every call the gateway makes to it. */
@ApplicationScoped
public class UpstreamBreakers {

    private static final Logger LOG = Logger.getLogger(UpstreamBreakers.class);

    private final Map<String, CircuitBreaker> breakers;
    private final Duration openFor;

    public UpstreamBreakers(RouteTable routes, GatewayConfig config) {
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
        this.breakers = routes.upstreams().stream().collect(Collectors.toUnmodifiableMap(Upstream::name,
                upstream -> breaker(upstream.name(), breakerConfig)));
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

    private static CircuitBreaker breaker(String name, CircuitBreakerConfig config) {
        CircuitBreaker breaker = CircuitBreaker.of(name, config);
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
