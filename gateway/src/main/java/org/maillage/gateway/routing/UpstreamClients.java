package org.maillage.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.gateway.config.GatewayConfig;

/**
 * Pooled, keep-alive HTTP clients per service, shared by the proxy and the documentation fetcher. Each event
 * loop has clients of its own: a pooled connection lives on the event loop that opened it, and a call made
 * from another loop would hand every answer over between threads. Callers off the event loops share one set.
 */
@ApplicationScoped
public class UpstreamClients {

    private final Vertx vertx;
    private final List<Upstream> upstreams;
    private final GatewayConfig.Proxy proxy;
    private final int connectionsPerLoop;
    private final Map<String, HttpClient> shared;
    private final Map<Thread, Map<String, HttpClient>> byEventLoop = new ConcurrentHashMap<>();

    public UpstreamClients(Vertx vertx, RouteTable routes, GatewayConfig config,
                           @ConfigProperty(name = "quarkus.vertx.event-loops-pool-size") Optional<Integer> eventLoops) {
        this.vertx = vertx;
        this.upstreams = routes.upstreams();
        this.proxy = config.proxy();
        // maxConnectionsPerUpstream bounds the whole gateway; each loop takes its share (Quarkus: 2 loops a core).
        int loops = eventLoops.orElse(2 * Runtime.getRuntime().availableProcessors());
        this.connectionsPerLoop = Math.max(1, (proxy.maxConnectionsPerUpstream() + loops - 1) / loops);
        this.shared = clients(proxy.maxConnectionsPerUpstream());
    }

    public HttpClient of(Upstream upstream) {
        if (!Context.isOnEventLoopThread()) {
            return shared.get(upstream.name());
        }
        return byEventLoop.computeIfAbsent(Thread.currentThread(), loop -> clients(connectionsPerLoop))
                .get(upstream.name());
    }

    private Map<String, HttpClient> clients(int maxConnections) {
        return upstreams.stream().collect(Collectors.toUnmodifiableMap(Upstream::name,
                upstream -> vertx.createHttpClient(options(upstream), new PoolOptions().setHttp1MaxSize(maxConnections))));
    }

    private HttpClientOptions options(Upstream upstream) {
        return new HttpClientOptions()
                .setDefaultHost(upstream.baseUrl().getHost())
                .setDefaultPort(upstream.port())
                .setSsl(upstream.secure())
                .setConnectTimeout((int) proxy.connectTimeout().toMillis())
                .setKeepAlive(true)
                // Bodies are relayed as the service encoded them; the client negotiates compression itself.
                .setDecompressionSupported(false);
    }

    @PreDestroy
    void close() {
        Stream.concat(Stream.of(shared), byEventLoop.values().stream())
                .flatMap(clients -> clients.values().stream()).forEach(HttpClient::close);
    }
}
