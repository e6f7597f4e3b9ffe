package org.maillage.e2e.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The partner's webhook endpoint, in the test JVM on loopback (the local suite allows such targets): it checks every
 * message's Standard Webhooks signature with the secret it was given, and counts messages by {@code webhook-id}.
 * An unverified message, or one whose {@code webhook-id} is not its event's id, is answered 400 and counted.
 */
final class WebhookSink implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);
    private final Map<String, AtomicInteger> byId = new ConcurrentHashMap<>();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger verified = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile Webhook verifier;

    WebhookSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // Before the secret is known (a message racing the registration's answer): not now, retry.
            int status = verifier == null ? 503 : accept(headers, body) ? 204 : 400;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    private boolean accept(Map<String, List<String>> headers, String body) {
        received.incrementAndGet();
        try {
            verifier.verify(body, headers);
            String id = headers.get("webhook-id").get(0);
            JsonNode event = Api.JSON.readTree(body);
            if (!id.equals(event.path("id").asText())) {
                rejected.incrementAndGet();
                return false;
            }
            verified.incrementAndGet();
            byId.computeIfAbsent(id, ignored -> new AtomicInteger()).incrementAndGet();
            return true;
        } catch (Exception e) {
            rejected.incrementAndGet();
            return false;
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/maillage";
    }

    /** The secret the gateway answered at registration, before any message can arrive. */
    void verifyWith(String secret) {
        verifier = new Webhook(secret);
    }

    Set<String> ids() {
        return new HashSet<>(byId.keySet());
    }

    int received() {
        return received.get();
    }

    int verified() {
        return verified.get();
    }

    int rejected() {
        return rejected.get();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
