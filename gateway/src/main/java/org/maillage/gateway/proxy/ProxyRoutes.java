package org.maillage.gateway.proxy;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.vertx.http.runtime.RouteConstants;
import org.maillage.gateway.security.AccessHandler;

/**
 * Serves the public API from a plain Vert.x route rather than a REST resource: bodies stream through without
 * being read, parsed or buffered by the gateway.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String API_ROOT = "/api/v1/";
    private static final int ACCESS_ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

    void register(@Observes Router router, RouteTemplates templates, AccessHandler access, ReverseProxy proxy) {
        // Before every other API route, the gateway's own REST resources included (routes without an explicit
        // order get small positive ones), and after the CORS filter so that preflights need no credentials.
        router.route(API_ROOT + "*").order(ACCESS_ORDER).handler(templates);
        router.route(API_ROOT + "*").order(ACCESS_ORDER).handler(access);
        router.route(API_ROOT + "*").handler(proxy);
    }
}
