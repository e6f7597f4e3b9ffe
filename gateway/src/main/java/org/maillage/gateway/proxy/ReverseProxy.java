package org.maillage.gateway.proxy;

import org.maillage.commons.web.RequestIds;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.maillage.commons.web.RequestIdFilter;
import org.maillage.gateway.config.GatewayConfig;
import org.maillage.gateway.routing.RouteTable;
import org.maillage.gateway.routing.Upstream;
import org.maillage.gateway.routing.UpstreamClients;
import org.maillage.gateway.security.AccessHandler;
import org.maillage.gateway.security.Caller;
import org.maillage.gateway.security.IdentityTokens;
import org.maillage.gateway.security.Scopes;

/** Routes a public API call to the service owning its path and hands the streams to a {@link ProxyExchange}. */
@ApplicationScoped
public class ReverseProxy implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);

    private final RouteTable routes;
    private final UpstreamClients clients;
    private final ProblemWriter problems;
    private final GatewayConfig.Proxy config;
    private final IdentityTokens identities;

    public ReverseProxy(RouteTable routes, UpstreamClients clients, ProblemWriter problems, GatewayConfig config,
                        IdentityTokens identities) {
        this.identities = identities;
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
            problems.send(context, ProxyProblem.NO_ROUTE, "No API resource is served at " + path, requestId);
            return;
        }
        forward(context, upstream.get(), path, requestId);
    }

    private String identityToken(RoutingContext context) {
        Caller caller = context.get(AccessHandler.CALLER);
        return caller == null ? null : identities.tokenFor(caller);
    }

    private static long bodyLimit(RoutingContext context) {
        Long limit = context.get(AccessHandler.BODY_LIMIT);
        return limit == null ? Long.MAX_VALUE : limit;
    }

    private void forward(RoutingContext context, Upstream upstream, String path, String requestId) {
        HttpServerRequest request = context.request();
        // Pausing now keeps the body, and the news of its end, from being lost while a connection is obtained.
        Pipe<Buffer> body = request.pipe();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setURI(request.query() == null ? path : path + "?" + request.query())
                .setHeaders(UpstreamRequestHeaders.of(request, requestId, identityToken(context)))
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.idleTimeout().toMillis());
        clients.of(upstream).request(options).onComplete(connected -> {
            if (connected.succeeded()) {
                new ProxyExchange(context, upstream, connected.result(), requestId, problems, config.idleTimeout(),
                        bodyLimit(context))
                        .start(body);
            } else {
                body.close();
                LOG.warnf("%s %s: the %s service is unreachable: %s", request.method(), path,
                        upstream.name(), connected.cause().toString());
                problems.send(context, ProxyProblem.UPSTREAM_UNAVAILABLE,
                        "The " + upstream.name() + " service is unavailable; retry later", requestId);
            }
        });
    }
}
