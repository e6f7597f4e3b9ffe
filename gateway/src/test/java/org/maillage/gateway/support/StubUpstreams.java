package org.maillage.gateway.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real HTTP servers standing in for the three services, on ports of their own; a test can stop one to see
 * the gateway face a service that is down, and start it again on the same port.
 */
public final class StubUpstreams implements AutoCloseable {

    public static final List<String> SERVICES = List.of("actors", "alliances", "diagnostics");

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, Router> routers = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final AtomicLong apiRequests = new AtomicLong();

    public static StubUpstreams start() {
        StubUpstreams stubs = new StubUpstreams();
        for (String service : SERVICES) {
            stubs.routers.put(service, new StubService(service, stubs.vertx, stubs.apiRequests).router());
            HttpServer server = await(stubs.vertx.createHttpServer().requestHandler(stubs.routers.get(service))
                    .listen(0, "localhost"));
            stubs.servers.put(service, server);
            stubs.ports.put(service, server.actualPort());
        }
        return stubs;
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /** API calls the stand-in services have received so far, all services together. */
    public long apiRequestsReceived() {
        return apiRequests.get();
    }

    /** Closes the service's socket: new connections are refused and open ones are cut. */
    public synchronized void stop(String service) {
        HttpServer server = servers.remove(service);
        if (server != null) {
            await(server.close());
        }
    }

    public synchronized void restart(String service) {
        if (!servers.containsKey(service)) {
            servers.put(service, await(vertx.createHttpServer().requestHandler(routers.get(service))
                    .listen(ports.get(service), "localhost")));
        }
    }

    @Override
    public void close() {
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
