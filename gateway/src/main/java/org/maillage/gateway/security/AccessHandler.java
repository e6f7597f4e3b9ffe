package org.maillage.gateway.security;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.maillage.commons.web.RequestIds;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.CurrentCaller;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.config.SecurityConfig;
import org.maillage.gateway.http.ContentLength;
import org.maillage.gateway.http.ProblemWriter;
import org.maillage.gateway.routing.RouteTable;

/**
 * Runs before every public API call: body size, the client address's limit, authentication, rate limit, scope.
 * A refused call never reaches a service. The caller found is left in the routing context ({@link CurrentCaller})
 * for the handlers that follow.
 */
@ApplicationScoped
public class AccessHandler implements Handler<RoutingContext> {

    /** The body limit of the call's path, in bytes, for the relay to enforce on bodies of unknown length. */
    public static final String BODY_LIMIT = "maillage.body-limit";

    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final AddressLimiter addresses;
    private final RouteTable routes;
    private final ProblemWriter problems;
    private final BodyLimits bodyLimits;
    private final AccessMeters meters;

    public AccessHandler(Authenticator authenticator, RateLimiter rateLimiter, AddressLimiter addresses,
                         RouteTable routes, ProblemWriter problems, SecurityConfig config, AccessMeters meters) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.routes = routes;
        this.problems = problems;
        this.bodyLimits = new BodyLimits(config.maxBodyBytes(), config.bodyLimits());
        this.meters = meters;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        // Resolved once here so that refusals and the relayed call share one id.
        String requestId = RequestIds.resolve(request.getHeader(RequestIds.HEADER));
        request.headers().set(RequestIds.HEADER, requestId);
        long bodyLimit = bodyLimits.of(context.normalizedPath());
        context.put(BODY_LIMIT, bodyLimit);
        if (ContentLength.of(request.headers()) > bodyLimit) {
            problems.send(context, 413, "payload-too-large", "Payload too large",
                    "Request bodies to " + context.normalizedPath() + " are limited to " + bodyLimit + " bytes", requestId);
            return;
        }
        String address = ClientAddress.of(request);
        RateLimiter.Decision admitted = addresses.admit(address);
        if (!admitted.allowed()) {
            tooMany(context, admitted, AccessMeters.Limiter.ADDRESS, AddressLimiter.TOO_MANY_CALLS, requestId);
            return;
        }
        Optional<String> credential = Authenticator.credential(request);
        if (credential.isEmpty()) {
            unauthorized(context, address, "An API key (X-API-Key or Authorization: Bearer) is required", requestId);
            return;
        }
        authenticator.authenticate(credential.get(), address).onComplete(result -> {
            if (result.succeeded() && result.result().throttled().isPresent()) {
                tooMany(context, result.result().throttled().get(), AccessMeters.Limiter.UNKNOWN_PREFIXES,
                        AddressLimiter.TOO_MANY_PREFIXES, requestId);
            } else if (result.failed() || result.result().caller().isEmpty()) {
                unauthorized(context, address, "The API key or token is unknown, revoked or expired", requestId);
            } else {
                authorise(context, result.result().caller().get(), requestId);
            }
        });
    }

    private void authorise(RoutingContext context, AuthenticatedCaller caller, String requestId) {
        // Limited before the scope check, so that every answer to a known caller (403 included) carries its
        // limit, as the contract states, and probing for scopes costs quota too.
        rateLimiter.take(caller.subject(), caller.requestsPerMinute()).onComplete(taken -> {
            if (taken.failed()) {
                context.fail(taken.cause());
            } else {
                limited(context, caller, taken.result(), requestId);
            }
        });
    }

    private void limited(RoutingContext context, AuthenticatedCaller caller, RateLimiter.Decision decision,
                         String requestId) {
        if (!decision.allowed()) {
            tooMany(context, decision, AccessMeters.Limiter.KEY, "Rate limit reached", requestId);
            return;
        }
        RateLimitHeaders.put(context.response(), decision);
        Optional<String> scope = requiredScope(context);
        if (scope.isPresent() && !caller.allows(scope.get())) {
            problems.send(context, 403, "forbidden", "Forbidden",
                    "This call needs the scope " + scope.get(), requestId);
            return;
        }
        CurrentCaller.set(context, caller);
        context.next();
    }

    /** Unknown paths need only a valid caller, so that they say 404 without revealing anything to strangers. */
    private Optional<String> requiredScope(RoutingContext context) {
        String path = context.normalizedPath();
        return Scopes.forGatewayPath(path).or(() -> routes.resolve(path)
                .map(upstream -> Scopes.forArea(upstream.name(), context.request().method())));
    }

    /** Every 401 costs the address a token of its limit, which the answer reports. */
    private void unauthorized(RoutingContext context, String address, String detail, String requestId) {
        RateLimiter.Decision decision = addresses.charge(address);
        if (!decision.allowed()) {
            tooMany(context, decision, AccessMeters.Limiter.ADDRESS, AddressLimiter.TOO_MANY_CALLS, requestId);
            return;
        }
        RateLimitHeaders.put(context.response(), decision);
        context.response().putHeader("WWW-Authenticate", "Bearer realm=\"maillage\"");
        problems.send(context, 401, "unauthorized", "Unauthorized", detail, requestId);
    }

    private void tooMany(RoutingContext context, RateLimiter.Decision decision, AccessMeters.Limiter limiter,
                         String reason, String requestId) {
        meters.refused(limiter);
        RateLimitHeaders.put(context.response(), decision);
        problems.send(context, 429, "too-many-requests", "Too many requests",
                reason + "; retry after " + decision.retryAfterSeconds() + " s", requestId);
    }
}
