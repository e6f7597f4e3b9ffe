package org.maillage.gateway.security;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.maillage.commons.web.RequestIds;
import org.maillage.gateway.http.ProblemWriter;

/**
 * The documents anyone may read (the contracts, the identity keys) cost the client address a token of its
 * limit, the one failed authentications use: nobody can fetch them without bound.
 */
@ApplicationScoped
public class PublicDocuments {

    static final List<String> PATHS = List.of("/openapi", "/openapi.yaml", "/asyncapi", "/asyncapi.yaml",
            "/identity/jwks.json");

    private final AddressLimiter addresses;
    private final ProblemWriter problems;

    public PublicDocuments(AddressLimiter addresses, ProblemWriter problems) {
        this.addresses = addresses;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        // Before the REST resources that serve them.
        PATHS.forEach(path -> router.route(path).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(this::limit));
    }

    private void limit(RoutingContext context) {
        RateLimiter.Decision decision = addresses.charge(ClientAddress.of(context.request()));
        RateLimitHeaders.put(context.response(), decision);
        if (decision.allowed()) {
            context.next();
            return;
        }
        String requestId = RequestIds.resolve(context.request().getHeader(RequestIds.HEADER));
        problems.send(context, 429, "too-many-requests", "Too many requests",
                AddressLimiter.TOO_MANY_CALLS + "; retry after " + decision.retryAfterSeconds() + " s", requestId);
    }
}
