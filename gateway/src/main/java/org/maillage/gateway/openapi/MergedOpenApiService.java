package org.maillage.gateway.openapi;

import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.maillage.gateway.config.GatewayConfig;
import org.maillage.gateway.routing.RouteTable;
import org.maillage.gateway.routing.Upstream;

/**
 * Produces the suite's merged OpenAPI document from the live services, briefly cached. A service that cannot
 * be reached leaves its part out rather than taking the whole documentation down.
 */
@ApplicationScoped
public class MergedOpenApiService {

    private static final Logger LOG = Logger.getLogger(MergedOpenApiService.class);

    private final RouteTable routes;
    private final UpstreamDocumentFetcher fetcher;
    private final GatewayDocument gatewayDocument;
    private final SuiteContract contract;
    private final DocumentInfo info;
    private final ExpiringCache<MergedOpenApi> cache;

    public MergedOpenApiService(RouteTable routes, UpstreamDocumentFetcher fetcher, GatewayDocument gatewayDocument,
                                SuiteContract contract, GatewayConfig config) {
        this.routes = routes;
        this.fetcher = fetcher;
        this.gatewayDocument = gatewayDocument;
        GatewayConfig.OpenApi openapi = config.openapi();
        this.contract = contract;
        this.info = DocumentInfo.of(openapi);
        this.cache = new ExpiringCache<>(this::build,
                merged -> merged.degraded() ? openapi.degradedCacheTtl() : openapi.cacheTtl(), System::nanoTime);
    }

    public Future<MergedOpenApi> current() {
        return cache.get();
    }

    private Future<MergedOpenApi> build() {
        List<Future<SourceDocument>> fetches = routes.upstreams().stream().map(fetcher::fetch).toList();
        return Future.join(fetches).transform(ignored -> {
            List<SuiteContract.ServiceDocument> services = new ArrayList<>();
            List<UnavailableSource> unavailable = new ArrayList<>();
            for (int i = 0; i < fetches.size(); i++) {
                Upstream upstream = routes.upstreams().get(i);
                Future<SourceDocument> fetch = fetches.get(i);
                if (fetch.succeeded()) {
                    services.add(new SuiteContract.ServiceDocument(upstream, fetch.result()));
                } else {
                    LOG.warnf("OpenAPI document of the %s service left out of the merged document: %s",
                            upstream.name(), fetch.cause().toString());
                    unavailable.add(new UnavailableSource(upstream.name(), publicReason(fetch.cause())));
                }
            }
            return Future.succeededFuture(contract.assemble(info, gatewayDocument.get(), services, unavailable));
        });
    }

    private static String publicReason(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "timed out";
        }
        if (failure instanceof ConnectException) {
            return "unreachable";
        }
        return failure instanceof InvalidDocumentException ? failure.getMessage() : "failed";
    }
}
