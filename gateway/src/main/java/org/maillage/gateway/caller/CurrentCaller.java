package org.maillage.gateway.feed;

import io.vertx.ext.web.RoutingContext;
import org.maillage.gateway.security.AccessHandler;
import org.maillage.gateway.security.Caller;

/** The caller the access handler authenticated before the request reached a gateway resource. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Caller of(RoutingContext context) {
        Caller caller = context.get(AccessHandler.CALLER);
        if (caller == null) {
            // Every /api/v1 route passes the access handler first; reaching here without a caller is a bug.
            throw new IllegalStateException("No authenticated caller on " + context.normalizedPath());
        }
        return caller;
    }
}
