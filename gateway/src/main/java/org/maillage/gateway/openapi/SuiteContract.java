package org.maillage.gateway.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.maillage.gateway.routing.RouteTable;
import org.maillage.gateway.routing.Upstream;
import org.maillage.vocabulary.events.EventCatalogue;

/**
 * Assembles the suite's contract from the gateway's document and the services' ones, with the webhooks the
 * event catalogue describes. The live /openapi and the committed gateway/src/main/openapi/openapi.json both come
 * from here, so they cannot differ in how they are made.
 */
@ApplicationScoped
public class SuiteContract {

    private static final Logger LOG = Logger.getLogger(SuiteContract.class);

    private final RouteTable routes;
    private final EventCatalogue events;

    public SuiteContract(RouteTable routes, EventCatalogue events) {
        this.routes = routes;
        this.events = events;
    }

    /** The document of one service, with the service it came from. */
    public record ServiceDocument(Upstream upstream, SourceDocument document) {
    }

    public MergedOpenApi assemble(DocumentInfo info, SourceDocument gateway, List<ServiceDocument> services,
                                  List<UnavailableSource> unavailable) {
        List<SourceDocument> sources = new ArrayList<>(List.of(gateway));
        services.forEach(service -> sources.add(routedPathsOnly(service.document(), service.upstream())));
        MergedOpenApi merged = new OpenApiMerger(info).merge(sources, unavailable);
        OperationSecurity.apply(merged.document(), routes);
        GatewayResponses.apply(merged.document(), routes);
        EventWebhooks.apply(merged.document(), events);
        return merged;
    }

    /** A path the gateway would send elsewhere (or nowhere) is not reachable through it, so it is not documented. */
    private SourceDocument routedPathsOnly(SourceDocument source, Upstream upstream) {
        List<String> unrouted = new ArrayList<>();
        source.document().path("paths").fieldNames().forEachRemaining(path -> {
            if (!routes.resolve(path).map(upstream::equals).orElse(false)) {
                unrouted.add(path);
            }
        });
        if (!unrouted.isEmpty()) {
            LOG.warnf("The %s service documents paths the gateway does not route to it: %s", upstream.name(), unrouted);
            source.document().withObjectProperty("paths").remove(unrouted);
        }
        return source;
    }
}
