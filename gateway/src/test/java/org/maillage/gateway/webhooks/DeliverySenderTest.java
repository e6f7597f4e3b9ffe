package org.maillage.gateway.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.PfxOptions;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sender against endpoints on loopback reached through names only the scripted resolver knows: any lookup
 * other than the guard's would fail or, once the script moves on, lead to a closed port.
 */
class DeliverySenderTest {

    private static final String PASSWORD = "changeit";

    /** What the TLS endpoint saw of one request. */
    record Seen(String serverName, String host, Map<String, List<String>> headers, String body) {
    }

    private static Vertx vertx;
    private static Path keyStore;
    private static Path certificate;
    private static HttpServer tlsServer;
    private static final List<Seen> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void endpointWithACertificateForItsName() throws Exception {
        Path dir = Files.createTempDirectory("webhook-tls");
        keyStore = dir.resolve("hooks.p12");
        certificate = dir.resolve("hooks.pem");
        // Named by DNS only, no IP address: the check passes only against the URL's host name.
        keytool("-genkeypair", "-alias", "hooks", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=hooks.partner.test", "-ext", "SAN=dns:hooks.partner.test", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "hooks", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        vertx = Vertx.vertx();
        tlsServer = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true)
                        .setKeyCertOptions(new PfxOptions().setPath(keyStore.toString()).setPassword(PASSWORD)))
                .requestHandler(request -> request.body().onSuccess(body -> {
                    Map<String, List<String>> headers = new HashMap<>();
                    request.headers().names().forEach(name ->
                            headers.put(name.toLowerCase(Locale.ROOT), request.headers().getAll(name)));
                    seen.add(new Seen(request.connection().indicatedServerName(), request.headers().get("Host"),
                            headers, body.toString()));
                    request.response().setStatusCode(204).end();
                }))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void overTlsTheConnectionGoesToTheCheckedAddressAndTheHandshakeNamesTheHost() {
        ScriptedResolver dns = new ScriptedResolver();
        dns.script("hooks.partner.test", "127.0.0.1", "127.0.0.2");
        String secret = WebhookSignatures.newSecret();
        DeliveryClaims.Claimed delivery = delivery("https://hooks.partner.test:" + tlsServer.actualPort()
                + "/hooks?tenant=42", secret);
        seen.clear();

        AttemptResult result = sender(dns, Duration.ofSeconds(5)).send(delivery);

        assertEquals(204, result.statusCode(), result.error());
        assertEquals(1, dns.lookups("hooks.partner.test"));
        assertEquals(1, seen.size());
        Seen request = seen.get(0);
        assertEquals("hooks.partner.test", request.serverName());
        assertEquals("hooks.partner.test:" + tlsServer.actualPort(), request.host());
        assertDoesNotThrow(() -> new Webhook(secret).verify(request.body(), request.headers()));
    }

    @Test
    void aPreviousSecretSignsSecondUntilItsEndOnly() {
        ScriptedResolver dns = new ScriptedResolver();
        dns.script("hooks.partner.test", "127.0.0.1");
        String url = "https://hooks.partner.test:" + tlsServer.actualPort() + "/hooks";
        String current = WebhookSignatures.newSecret();
        String previous = WebhookSignatures.newSecret();
        DeliverySender sender = sender(dns, Duration.ofSeconds(5));
        seen.clear();

        assertEquals(204, sender.send(delivery(url, current, previous, Instant.now().plusSeconds(60))).statusCode());
        assertEquals(204, sender.send(delivery(url, current, previous, Instant.now().minusSeconds(1))).statusCode());

        assertEquals(2, seen.size());
        List<String> during = List.of(seen.get(0).headers().get("webhook-signature").get(0).split(" "));
        assertEquals(2, during.size(), during.toString());
        Seen first = seen.get(0);
        assertDoesNotThrow(() -> new Webhook(current).verify(first.body(), signedWith(first, during.get(0))));
        assertDoesNotThrow(() -> new Webhook(previous).verify(first.body(), signedWith(first, during.get(1))));
        List<String> after = List.of(seen.get(1).headers().get("webhook-signature").get(0).split(" "));
        assertEquals(1, after.size(), after.toString());
        assertDoesNotThrow(() -> new Webhook(current).verify(seen.get(1).body(), seen.get(1).headers()));
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(previous).verify(seen.get(1).body(), seen.get(1).headers()));
    }

    /** The request's headers with only this signature, to check each one alone. */
    private static Map<String, List<String>> signedWith(Seen request, String signature) {
        Map<String, List<String>> headers = new HashMap<>(request.headers());
        headers.put("webhook-signature", List.of(signature));
        return headers;
    }

    @Test
    void overTlsACertificateNotNamingTheHostIsRefused() {
        ScriptedResolver dns = new ScriptedResolver();
        dns.script("other.partner.test", "127.0.0.1");
        seen.clear();

        AttemptResult result = sender(dns, Duration.ofSeconds(5)).send(delivery(
                "https://other.partner.test:" + tlsServer.actualPort() + "/hooks", WebhookSignatures.newSecret()));

        assertNull(result.statusCode());
        assertTrue(result.error().startsWith("SSLHandshakeException"), result.error());
        assertTrue(result.error().contains("other.partner.test"), result.error());
        assertEquals(List.of(), seen);
    }

    @Test
    void aRefusedConnectionNamesTheAddressItWasMadeTo() {
        ScriptedResolver dns = new ScriptedResolver();
        // Nothing listens on 127.0.0.2 (the endpoint is bound to 127.0.0.1 only).
        dns.script("closed.partner.test", "127.0.0.2", "127.0.0.1");

        AttemptResult result = sender(dns, Duration.ofSeconds(5)).send(delivery(
                "https://closed.partner.test:" + tlsServer.actualPort() + "/hooks", WebhookSignatures.newSecret()));

        assertNull(result.statusCode());
        assertTrue(result.error().startsWith("ConnectException: "), result.error());
        assertTrue(result.error().contains("127.0.0.2"), result.error());
        assertEquals(1, dns.lookups("closed.partner.test"));
    }

    @Test
    void anAddressRefusingTheConnectionGivesWayToTheNextOne() {
        ScriptedResolver dns = new ScriptedResolver();
        dns.scriptOneAnswer("hooks.partner.test", "127.0.0.2", "127.0.0.1");
        seen.clear();

        AttemptResult result = sender(dns, Duration.ofSeconds(5)).send(delivery(
                "https://hooks.partner.test:" + tlsServer.actualPort() + "/hooks", WebhookSignatures.newSecret()));

        assertEquals(204, result.statusCode(), result.error());
        assertEquals(1, seen.size());
        assertEquals(1, dns.lookups("hooks.partner.test"), "the addresses of one lookup, no other");
    }

    @Test
    void whenNoAddressTakesTheConnectionTheErrorNamesEachOne() {
        ScriptedResolver dns = new ScriptedResolver();
        dns.scriptOneAnswer("closed.partner.test", "127.0.0.2", "127.0.0.3");

        AttemptResult result = sender(dns, Duration.ofSeconds(5)).send(delivery(
                "https://closed.partner.test:" + tlsServer.actualPort() + "/hooks", WebhookSignatures.newSecret()));

        assertNull(result.statusCode());
        assertTrue(result.error().startsWith("ConnectException: "), result.error());
        assertTrue(result.error().contains("127.0.0.3"), result.error());
        assertTrue(result.error().contains("earlier addresses: 127.0.0.2 (ConnectException: "), result.error());
    }

    @Test
    void anAddressThatReceivedTheRequestIsTheLastOneTried() throws Exception {
        List<String> reached = new CopyOnWriteArrayList<>();
        HttpServer failing = plainEndpoint("127.0.0.2", 0, 503, reached);
        HttpServer healthy = plainEndpoint("127.0.0.1", failing.actualPort(), 204, reached);
        try {
            ScriptedResolver dns = new ScriptedResolver();
            dns.scriptOneAnswer("busy.partner.test", "127.0.0.2", "127.0.0.1");

            AttemptResult result = plainSender(dns, Duration.ofSeconds(5)).send(delivery(
                    "http://busy.partner.test:" + failing.actualPort() + "/h", WebhookSignatures.newSecret()));

            assertEquals(503, result.statusCode());
            assertEquals(List.of("127.0.0.2"), reached, "the endpoint may have acted on it: no second copy");
        } finally {
            failing.close();
            healthy.close();
        }
    }

    @Test
    void theAddressesShareTheRequestTimeout() throws Exception {
        // Takes connections (the kernel's backlog) but never answers the TLS handshake.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.2"))) {
            ScriptedResolver dns = new ScriptedResolver();
            dns.scriptOneAnswer("stuck.partner.test", "127.0.0.2", "127.0.0.1");
            seen.clear();

            long started = System.nanoTime();
            AttemptResult result = sender(dns, Duration.ofSeconds(1)).send(delivery(
                    "https://stuck.partner.test:" + silent.getLocalPort() + "/hooks", WebhookSignatures.newSecret()));

            assertEquals("Timed out after 1 s", result.error());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(3).toNanos());
            assertEquals(List.of(), seen);
        }
    }

    @Test
    void anEndpointSlowerThanTheRequestTimeoutIsATimeout() throws Exception {
        HttpServer silent = vertx.createHttpServer().requestHandler(request -> { })
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            ScriptedResolver dns = new ScriptedResolver();
            dns.script("slow.partner.test", "127.0.0.1");

            long started = System.nanoTime();
            AttemptResult result = plainSender(dns, Duration.ofSeconds(1)).send(delivery("http://slow.partner.test:" + silent.actualPort() + "/h",
                    WebhookSignatures.newSecret()));

            assertEquals("Timed out after 1 s", result.error());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(4).toNanos());
        } finally {
            silent.close();
        }
    }

    private static DeliverySender sender(ScriptedResolver dns, Duration requestTimeout) {
        // Loopback allowed to reach the test's endpoint; https only.
        TargetGuard guard = new TargetGuard(true, false, dns);
        return new DeliverySender(vertx.createHttpClient(DeliverySender.clientOptions(Duration.ofSeconds(5))
                .setTrustOptions(new PemTrustOptions().addCertPath(certificate.toString()))),
                Duration.ofSeconds(5), requestTimeout, guard);
    }

    private static DeliverySender plainSender(ScriptedResolver dns, Duration requestTimeout) {
        // Loopback and http allowed.
        return new DeliverySender(vertx.createHttpClient(DeliverySender.clientOptions(Duration.ofSeconds(5))),
                Duration.ofSeconds(5), requestTimeout, new TargetGuard(true, true, dns));
    }

    /** An http endpoint answering {@code status}, noting its address in {@code reached} for each request. */
    private static HttpServer plainEndpoint(String address, int port, int status, List<String> reached) throws Exception {
        return vertx.createHttpServer().requestHandler(request -> {
                    reached.add(address);
                    request.response().setStatusCode(status).end();
                })
                .listen(port, address).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static DeliveryClaims.Claimed delivery(String url, String secret) {
        return delivery(url, secret, null, null);
    }

    private static DeliveryClaims.Claimed delivery(String url, String secret, String previousSecret,
                                                   Instant previousValidUntil) {
        return new DeliveryClaims.Claimed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID().toString(),
                "{\"specversion\":\"1.0\"}", UUID.randomUUID(), url, secret, previousSecret, previousValidUntil, null);
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
