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
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.RawHttp;

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
        RawHttp.Response response = send("GET /probe/missing/a%zzb HTTP/1.1");
        assertEquals(400, response.status());
        assertEquals(PROBLEM, response.contentType());
        assertEquals(400, problemOf(response).path("status").asInt());
    }

    @Test
    void anOverlongRequestTargetIsA414Problem() throws IOException {
        RawHttp.Response response = send("GET /probe/numbers?cursor=" + "a".repeat(9000) + " HTTP/1.1");
        assertEquals(414, response.status());
        assertEquals(PROBLEM, response.contentType());
        assertTrue(problemOf(response).path("detail").asText().contains("8192"), problemOf(response).path("detail").asText());
    }

    @Test
    void oversizedHeadersAreA431Problem() throws IOException {
        RawHttp.Response response = send("GET /probe/conflict HTTP/1.1\r\nX-Padding: " + "p".repeat(20_000));
        assertEquals(431, response.status());
        assertEquals(PROBLEM, response.contentType());
        assertTrue(problemOf(response).path("detail").asText().contains("16384"), problemOf(response).path("detail").asText());
    }

    private static RawHttp.Response send(String head) throws IOException {
        return RawHttp.send("localhost", RestAssured.port, head, null);
    }

    private static JsonNode problemOf(RawHttp.Response response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }
}
