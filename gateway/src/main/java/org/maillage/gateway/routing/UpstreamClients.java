package org.maillage.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.stream.Collectors;
import org.maillage.gateway.config.GatewayConfig;

/** One pooled, keep-alive HTTP client per service, shared by the proxy and the documentation fetcher. */
@ApplicationScoped
public class UpstreamClients {

    private final Map<String, HttpClient> clients;

    public UpstreamClients(Vertx vertx, RouteTable routes, GatewayConfig config) {
        this.clients = routes.upstreams().stream()
                .collect(Collectors.toUnmodifiableMap(Upstream::name, upstream -> vertx.createHttpClient(
                        options(upstream, config.proxy()), pool(config.proxy()))));
    }

    public HttpClient of(Upstream upstream) {
        return clients.get(upstream.name());
    }

    private static HttpClientOptions options(Upstream upstream, GatewayConfig.Proxy proxy) {
        return new HttpClientOptions()
                .setDefaultHost(upstream.baseUrl().getHost())
                .setDefaultPort(upstream.port())
                .setSsl(upstream.secure())
                .setConnectTimeout((int) proxy.connectTimeout().toMillis())
                .setKeepAlive(true)
                // Bodies are relayed as the service encoded them; the client negotiates compression itself.
                .setDecompressionSupported(false);
    }

    private static PoolOptions pool(GatewayConfig.Proxy proxy) {
        return new PoolOptions().setHttp1MaxSize(proxy.maxConnectionsPerUpstream());
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }
}
