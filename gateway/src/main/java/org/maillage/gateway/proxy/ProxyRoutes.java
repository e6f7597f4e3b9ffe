package org.maillage.gateway.proxy;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the public API from a plain Vert.x route rather than a REST resource: bodies stream through without
 * being read, parsed or buffered by the gateway.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String API_ROOT = "/api/v1/";

    void register(@Observes Router router, ReverseProxy proxy) {
        router.route(API_ROOT + "*").handler(proxy);
    }
}
