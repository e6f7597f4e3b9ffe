package org.maillage.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.BinaryBodies;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class LimitsTest {

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void aKeyBeyondItsRateIsToldWhenToComeBack() {
        String secret = AdminApi.createKey(List.of("actors:read"), 2).getString("secret");
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect")
                .then().statusCode(200).header("RateLimit-Limit", "2").header("RateLimit-Remaining", "1")
                .header("RateLimit-Reset", matchesPattern("[1-9]\\d*"));
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", matchesPattern("[1-9]\\d*"))
                .body("type", equalTo("https://maillage.org/problems/too-many-requests"));
        // Buckets are per key: another key is not affected.
        String other = AdminApi.createKey(List.of("actors:read"), 2).getString("secret");
        given().header("X-API-Key", other).get("/api/v1/actors/inspect").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeReachingTheService() {
        given().config(BinaryBodies.WITHOUT_CHARSET).header("X-API-Key", TestCredentials.ADMIN_KEY)
                .contentType("application/octet-stream")
                .body(new byte[1024 * 1024 + 1]).post("/api/v1/actors/upload/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://maillage.org/problems/payload-too-large"));
        given().config(BinaryBodies.WITHOUT_CHARSET).header("X-API-Key", TestCredentials.ADMIN_KEY)
                .contentType("application/octet-stream")
                .body(new byte[1024 * 1024]).post("/api/v1/actors/upload/echo")
                .then().statusCode(200);
    }

    @Test
    void aBodyOfUndeclaredLengthIsCutAtTheLimit() throws Exception {
        // No Content-Length: the gateway can only count while relaying, and must stop at the limit.
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port
                                + "/api/v1/actors/upload/count"))
                .header("X-API-Key", TestCredentials.ADMIN_KEY)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[2 * 1024 * 1024])))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("payload-too-large"), response.body());
    }

    @Test
    void onlyConfiguredOriginsMayCallFromABrowser() {
        given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/actors")
                .then().header("Access-Control-Allow-Origin", "https://app.example.org");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/actors")
                .then().header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
    }
}
