package org.maillage.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ReverseProxyTest {

    @BeforeEach
    void authenticateAsAdmin() {
        TestCredentials.useAdminKey();
    }


    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void relaysPathQueryStatusAndEndToEndHeaders() {
        given().urlEncodingEnabled(false)
                .header("X-Custom", "value")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("Accept-Language", "fr-FR")
                .contentType("application/json")
                .body("{\"name\":\"Coopérative\"}")
                .post("/api/v1/actors/a%20b/inspect?status=201&q=%C3%A9t%C3%A9&q=2")
                .then()
                .statusCode(201)
                .header("X-Stub-Custom", "kept")
                .header("Proxy-Stub", nullValue())
                .header("Keep-Alive", nullValue())
                .body("service", equalTo("actors"))
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/actors/a%20b/inspect?status=201&q=%C3%A9t%C3%A9&q=2"))
                .body("headers.'x-custom'", contains("value"))
                .body("headers.'accept-language'", contains("fr-FR"))
                .body("headers.'content-type'", contains("application/json"))
                .body("headers.'proxy-authorization'", nullValue());
    }

    @Test
    void theCallersTraceContinuesThroughTheGatewayToTheService() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpanId = "00f067aa0ba902b7";
        String forwarded = given().header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .get("/api/v1/actors/inspect")
                .then()
                .statusCode(200)
                .extract().path("headers.traceparent[0]");
        assertTrue(forwarded.matches("00-" + traceId + "-[0-9a-f]{16}-01"), forwarded);
        assertTrue(!forwarded.contains(callerSpanId), "the service's parent is the gateway's call, not the caller's");
    }

    @Test
    void tellsTheServiceWhoCalledAndHow() {
        given().header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/actors/inspect")
                .then()
                .statusCode(200)
                .body("headers.'x-forwarded-for'", contains(matchesPattern("203\\.0\\.113\\.7, (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)")))
                .body("headers.'x-forwarded-proto'", contains("http"))
                .body("headers.'x-forwarded-host'", contains("localhost:" + RestAssured.port))
                .body("headers.host", contains(matchesPattern("localhost:\\d+")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    void keepsTheMethod(String method) {
        given().request(method, "/api/v1/alliances/42/inspect?status=202")
                .then()
                .statusCode(202)
                .body("service", equalTo("alliances"))
                .body("method", equalTo(method));
    }

    @Test
    void answersHeadWithTheHeadersOnly() {
        given().head("/api/v1/actors/inspect")
                .then()
                .statusCode(200)
                .header("Content-Length", matchesPattern("[1-9]\\d*"))
                .header("X-Stub-Custom", "kept")
                .body(emptyString());
    }

    @Test
    void routesEachPrefixToItsService() {
        given().get("/api/v1/territories/75056/inspect").then().statusCode(200).body("service", equalTo("diagnostics"));
        given().get("/api/v1/diagnostics/inspect").then().statusCode(200).body("service", equalTo("diagnostics"));
        given().get("/api/v1/alliances/inspect").then().statusCode(200).body("service", equalTo("alliances"));
        given().get("/api/v1/actors/inspect").then().statusCode(200).body("service", equalTo("actors"));
        // The people directory spans organisations, so it is a collection of its own, kept by actors-service.
        given().get("/api/v1/people/inspect?profession=TERRITORIAL_CATALYST").then().statusCode(200)
                .body("service", equalTo("actors"));
    }

    @Test
    void relaysTheServiceErrorsAsTheyAre() {
        given().get("/api/v1/actors/inspect?status=409")
                .then()
                .statusCode(409)
                .body("service", equalTo("actors"));
    }

    @Test
    void passesTheCallersRequestIdThrough() {
        given().header("X-Request-Id", "crm-sync-42")
                .get("/api/v1/actors/inspect")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "crm-sync-42")
                .body("headers.'x-request-id'", contains("crm-sync-42"));
    }

    @Test
    void createsARequestIdWhenNoneOrAnUnusableOneIsGiven() {
        for (String offered : new String[] {null, "two words\r\nX-Injected: 1"}) {
            Response response = (offered == null ? given() : given().header("X-Request-Id", offered))
                    .get("/api/v1/actors/inspect");
            String created = response.header("X-Request-Id");
            assertTrue(created.matches(UUID_PATTERN), created);
            assertEquals(List.of(created), response.jsonPath().getList("headers.'x-request-id'"));
        }
    }

    @Test
    void routesTheNormalisedPathSoDotSegmentsCannotReachAnotherService() throws IOException {
        String answer = rawGet("/api/v1/actors/../alliances/inspect");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"service\":\"alliances\""), answer);
        assertTrue(answer.contains("\"uri\":\"/api/v1/alliances/inspect\""), answer);
    }

    @Test
    void unknownApiPathIsANotFoundProblem() {
        for (String path : new String[] {"/api/v1/unknown", "/api/v1/actorsandmore"}) {
            given().header("X-Request-Id", "lost-1")
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .header("X-Request-Id", "lost-1")
                    .body("type", equalTo("https://maillage.org/problems/not-found"))
                    .body("status", equalTo(404))
                    .body("instance", equalTo(path))
                    .body("correlationId", equalTo("lost-1"));
        }
    }

    private static String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + TestCredentials.ADMIN_KEY + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
