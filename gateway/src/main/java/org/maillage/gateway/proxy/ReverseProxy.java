package org.maillage.gateway.proxy;

import org.maillage.commons.web.RequestIds;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.maillage.commons.web.RequestIdFilter;
import org.maillage.gateway.caller.CurrentCaller;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.config.GatewayConfig;
import org.maillage.gateway.http.ProblemWriter;
import org.maillage.gateway.routing.RouteTable;
import org.maillage.gateway.routing.Upstream;
import org.maillage.gateway.routing.BreakerPermit;
import org.maillage.gateway.routing.UpstreamBreakers;
import org.maillage.gateway.routing.UpstreamClients;
import org.maillage.gateway.identity.IdentityTokens;
import org.maillage.gateway.security.AccessHandler;

/** Routes a public API call to the service owning its path and hands the streams to a {@link ProxyExchange}. */
@ApplicationScoped
public class ReverseProxy implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);

    private final RouteTable routes;
    private final UpstreamClients clients;
    private final ProblemWriter problems;
    private final GatewayConfig.Proxy config;
    private final IdentityTokens identities;
    private final UpstreamBreakers breakers;
    private final Vertx vertx;
    private final TextMapPropagator propagator;

    public ReverseProxy(RouteTable routes, UpstreamClients clients, ProblemWriter problems, GatewayConfig config,
                        IdentityTokens identities, UpstreamBreakers breakers, Vertx vertx, OpenTelemetry telemetry) {
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.identities = identities;
        this.breakers = breakers;
        this.vertx = vertx;
        this.routes = routes;
        this.clients = clients;
        this.problems = problems;
        this.config = config.proxy();
    }

    @Override
    public void handle(RoutingContext context) {
        String requestId = RequestIds.resolve(context.request().getHeader(RequestIds.HEADER));
        MDC.put(RequestIdFilter.MDC_REQUEST_ID, requestId);
        // The path routed is the path forwarded, so dot segments cannot steer a call past the route table.
        String path = context.normalizedPath();
        if (Scopes.servedByGateway(path)) {
            // Left to the gateway's own REST resources.
            context.next();
            return;
        }
        Optional<Upstream> upstream = routes.resolve(path);
        if (upstream.isEmpty()) {
            ProxyProblem.NO_ROUTE.send(problems, context, "No API resource is served at " + path, requestId);
            return;
        }
        forward(context, upstream.get(), path, requestId);
    }

    private String identityToken(RoutingContext context) {
        return CurrentCaller.find(context).map(caller -> identities.tokenFor(caller.forwarded())).orElse(null);
    }

    private static long bodyLimit(RoutingContext context) {
        Long limit = context.get(AccessHandler.BODY_LIMIT);
        return limit == null ? Long.MAX_VALUE : limit;
    }

    private void forward(RoutingContext context, Upstream upstream, String path, String requestId) {
        // Pausing now keeps the body, and the news of its end, from being lost while a connection is obtained.
        Pipe<Buffer> body = context.request().pipe();
        attempt(new ProxiedCall(context, upstream, path, requestId, body, Context.current()), 1);
    }

    private void attempt(ProxiedCall call, int attempt) {
        Optional<BreakerPermit> admitted = breakers.admit(call.upstream());
        if (admitted.isEmpty()) {
            call.body().close();
            long waitSeconds = breakers.retryAfterSeconds();
            call.context().response().putHeader("Retry-After", String.valueOf(waitSeconds));
            ProxyProblem.UPSTREAM_UNAVAILABLE.send(problems, call.context(), "The " + call.upstream().name()
                    + " service is failing; calls to it are held back, retry in " + waitSeconds + " s", call.requestId());
            return;
        }
        BreakerPermit permit = admitted.get();
        HttpServerRequest request = call.context().request();
        Duration idleTimeout = config.timeouts().getOrDefault(call.upstream().name(), config.idleTimeout());
        MultiMap headers = UpstreamRequestHeaders.of(request, call.requestId(), identityToken(call.context()));
        // The service's span is a child of the gateway's, not of the caller's (whose traceparent was copied).
        propagator.inject(call.trace(), headers, MultiMap::set);
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setURI(request.query() == null ? call.path() : call.path() + "?" + request.query())
                .setHeaders(headers)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(idleTimeout.toMillis());
        clients.of(call.upstream()).request(options).onComplete(connected -> {
            if (connected.succeeded()) {
                new ProxyExchange(call.context(), call.upstream(), connected.result(), call.requestId(), problems,
                        idleTimeout, bodyLimit(call.context()), permit, failure -> retried(call, attempt, failure))
                        .start(call.body());
                return;
            }
            permit.failed(connected.cause());
            LOG.warnf("%s %s: the %s service is unreachable (attempt %d): %s", request.method(), call.path(),
                    call.upstream().name(), attempt, connected.cause().toString());
            if (!retried(call, attempt, connected.cause())) {
                call.body().close();
                ProxyProblem.UPSTREAM_UNAVAILABLE.send(problems, call.context(),
                        "The " + call.upstream().name() + " service is unavailable; retry later", call.requestId());
            }
        });
    }

    /** Starts another attempt when the call is a read that never got an answer; says whether it did. */
    private boolean retried(ProxiedCall call, int attempt, Throwable failure) {
        if (attempt > config.readRetries() || !call.repeatable() || failure instanceof TimeoutException
                || call.context().response().closed()) {
            return false;
        }
        long backoff = config.retryBackoff().toMillis() << (attempt - 1);
        vertx.setTimer(Math.max(1, backoff), timer -> attempt(call, attempt + 1));
        return true;
    }
}
