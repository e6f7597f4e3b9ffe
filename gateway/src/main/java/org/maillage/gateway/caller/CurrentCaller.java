package org.maillage.gateway.caller;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The caller the access check authenticated, left in the request's routing context for whatever serves the
 * request next: the proxy, the gateway's own resources, idempotency.
 */
public final class CurrentCaller {

    private static final String KEY = "maillage.caller";

    private CurrentCaller() {
    }

    public static void set(RoutingContext context, AuthenticatedCaller caller) {
        context.put(KEY, caller);
    }

    /** The caller, if the request passed the access check (public documents and probes do not). */
    public static Optional<AuthenticatedCaller> find(RoutingContext context) {
        return Optional.ofNullable(context.get(KEY));
    }

    public static AuthenticatedCaller of(RoutingContext context) {
        // Every /api/v1 route passes the access handler first; reaching here without a caller is a bug.
        return find(context).orElseThrow(
                () -> new IllegalStateException("No authenticated caller on " + context.normalizedPath()));
    }
}
