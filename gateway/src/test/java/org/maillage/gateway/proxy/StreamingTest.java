package org.maillage.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.BinaryBodies;
import org.maillage.gateway.support.GeneratedBytes;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Bodies cross the gateway as streams, whatever their size and however slowly they are produced. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class StreamingTest {

    @BeforeEach
    void authenticateAsAdmin() {
        TestCredentials.useAdminKey();
    }


    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void streamsAnUploadOfKnownLengthAndItsEcho() {
        // The largest body the gateway accepts (1 MB by default): still many times any buffer on the way.
        byte[] body = GeneratedBytes.of(1024 * 1024);
        byte[] echoed = given().config(BinaryBodies.WITHOUT_CHARSET).contentType("application/octet-stream")
                .body(body)
                .post("/api/v1/actors/upload/echo")
                .then()
                .statusCode(200)
                .header("X-Stub-Request-Length", String.valueOf(body.length))
                .extract().asByteArray();
        assertArrayEquals(body, echoed);
    }

    @Test
    void streamsAnUploadOfUnknownLengthInChunks() throws Exception {
        byte[] body = GeneratedBytes.of(5 * 1024 * 1024);
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/v1/alliances/upload/echo"))
                .header("X-API-Key", TestCredentials.ADMIN_KEY)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("chunked", response.headers().firstValue("X-Stub-Request-Length").orElseThrow());
        assertArrayEquals(body, response.body());
    }

    /**
     * Over HTTP/2 a request need not declare a length, and its stream may end with its headers: such a read
     * reaches the service without a body, not as an empty chunked upload the service would refuse.
     */
    @Test
    void relaysAnHttp2RequestWithoutBodyAsOneWithoutBody() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 2; i++) {
            // The first request upgrades the connection to HTTP/2 (h2c); the second is sent over it.
            HttpRequest request = HttpRequest.newBuilder(gateway("/api/v1/actors/upload/echo"))
                    .header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .GET()
                    .build();
            HttpResponse<byte[]> response = http2.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertEquals("0", response.headers().firstValue("X-Stub-Request-Length").orElseThrow(),
                    "over " + response.version());
        }
    }

    @Test
    void streamsADownloadLargerThanAnyBuffer() throws Exception {
        int size = 32 * 1024 * 1024;
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/v1/territories/export/download?bytes=" + size))
                .header("X-API-Key", TestCredentials.ADMIN_KEY)
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        MessageDigest received = GeneratedBytes.sha256();
        long length;
        try (InputStream body = new DigestInputStream(response.body(), received)) {
            length = body.transferTo(OutputStream.nullOutputStream());
        }
        assertEquals(size, length);
        assertArrayEquals(GeneratedBytes.sha256().digest(GeneratedBytes.of(size)), received.digest());
    }

    /**
     * The service sends half its body and waits; the caller must get that half before the service goes on.
     * A gateway that buffered whole responses would leave the caller waiting and this test timing out.
     */
    @Test
    void deliversTheStartOfAResponseBeforeItsEnd() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/v1/diagnostics/report/drip?id=" + id))
                .header("X-API-Key", TestCredentials.ADMIN_KEY)
                .timeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String firstHalf = CompletableFuture.supplyAsync(() -> readLine(body)).get(5, TimeUnit.SECONDS);
            assertEquals("first half", firstHalf);
            given().post("/api/v1/diagnostics/report/release?id=" + id).then().statusCode(204);
            assertEquals("second half", body.readLine());
        }
    }

    @Test
    void invitesAnUploadAnnouncedWithExpectContinue() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/actors/upload/echo HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + TestCredentials.ADMIN_KEY
                    + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n"
                    + "Expect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertEquals("HTTP/1.1 100 Continue", in.readLine());
            assertEquals("", in.readLine());
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("HTTP/1.1 200 OK", in.readLine());
            String answer = in.lines().collect(Collectors.joining("\n"));
            assertTrue(answer.toLowerCase(Locale.ROOT).contains("x-stub-request-length: 5"), answer);
            assertTrue(answer.contains("\nhello\n"), answer);
        }
    }

    private static URI gateway(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
