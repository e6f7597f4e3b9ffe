package org.maillage.gateway.proxy;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.routing.RouteTable;

/**
 * Names the path template by which the HTTP server metrics group a public API call, before any other handler
 * runs, so that refusals are grouped too. The proxy has no templates of its own: after the owning service's
 * prefix, a segment that looks like an identifier (a digit, a character other than a lowercase letter or a
 * hyphen, or over 32 characters) becomes {id}. Past a bounded number of templates, new ones fall back to the
 * prefix, so callers inventing paths cannot multiply the series. The gateway's own REST resources name their
 * templates themselves, which take precedence.
 */
@ApplicationScoped
public class RouteTemplates implements Handler<RoutingContext> {

    /** Calls no service owns (unknown paths), and calls to the gateway's own resources refused before reaching them. */
    static final String UNROUTED = ProxyRoutes.API_ROOT + "*";
    private static final int MAX_TEMPLATES = 500;
    private static final Pattern WORD = Pattern.compile("[a-z-]{1,32}");

    private final RouteTable routes;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public RouteTemplates(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(context);
        if (metric != null) {
            metric.setTemplatePath(templateOf(context.normalizedPath()));
        }
        context.next();
    }

    String templateOf(String path) {
        if (Scopes.servedByGateway(path)) {
            return UNROUTED;
        }
        return routes.resolve(path).flatMap(upstream -> upstream.prefixOf(path).map(prefix -> bounded(prefix, path)))
                .orElse(UNROUTED);
    }

    private String bounded(String prefix, String path) {
        StringBuilder template = new StringBuilder(prefix);
        for (String segment : path.substring(prefix.length()).split("/")) {
            if (!segment.isEmpty()) {
                template.append('/').append(WORD.matcher(segment).matches() ? segment : "{id}");
            }
        }
        String candidate = template.toString();
        if (known.contains(candidate) || (known.size() < MAX_TEMPLATES && known.add(candidate))) {
            return candidate;
        }
        return prefix + "/*";
    }
}
