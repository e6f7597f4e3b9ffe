package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.maillage.local.test.LocalInfrastructureResource;

/** Input no service can store, and requests refused below the REST layer, are problems that name the cause. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class UnsafeInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UNSAFE = "must not contain NUL characters or unpaired surrogates";

    @Test
    void nulInAJsonStringIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\\u0000b\",\"size\":1}")
                .when().post("/probe/things")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo(UNSAFE));
    }

    @Test
    void unpairedSurrogatesAreRefusedWhereverTheStringSits() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":1,\"parts\":[{\"label\":\"x\\ud800y\"}]}")
                .when().post("/probe/things")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("parts[0].label"))
                .body("errors[0].message", equalTo(UNSAFE));
        given().contentType(ContentType.JSON).body("{\"name\":\"\\udc00\",\"size\":1}")
                .when().post("/probe/things")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void pairedSurrogatesAreOrdinaryText() {
        given().contentType(ContentType.JSON).body("{\"name\":\"\\ud83c\\udf3f Bugey\",\"size\":1}")
                .when().post("/probe/things")
                .then().statusCode(200).body("name", equalTo("\uD83C\uDF3F Bugey"));
    }

    @Test
    void nulInAQueryOrPathParameterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).when().get("/probe/numbers?cursor=a%00b")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo(UNSAFE));
        given().urlEncodingEnabled(false).when().get("/probe/missing/a%00b")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void aPathThatCannotBeDecodedIsAProblem() throws IOException {
        RawResponse response = send("GET /probe/missing/a%zzb HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(400, response.status());
        assertEquals(PROBLEM, response.contentType());
        assertEquals(400, response.problem().path("status").asInt());
    }

    @Test
    void anOverlongRequestTargetIsA414Problem() throws IOException {
        RawResponse response = send("GET /probe/numbers?cursor=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(414, response.status());
        assertEquals(PROBLEM, response.contentType());
        assertTrue(response.problem().path("detail").asText().contains("8192"), response.problem().path("detail").asText());
    }

    @Test
    void oversizedHeadersAreA431Problem() throws IOException {
        RawResponse response = send("GET /probe/conflict HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "p".repeat(20_000) + "\r\n\r\n");
        assertEquals(431, response.status());
        assertEquals(PROBLEM, response.contentType());
        assertTrue(response.problem().path("detail").asText().contains("16384"), response.problem().path("detail").asText());
    }

    private record RawResponse(int status, String contentType, String body) {

        JsonNode problem() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    /** Sends bytes no HTTP client library would send as such, then reads one response (the server closes). */
    private static RawResponse send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String text = received.toString(StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            String head = text.substring(0, headEnd);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            String contentType = head.lines()
                    .filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse(null);
            return new RawResponse(status, contentType, text.substring(headEnd + 4));
        }
    }
}
