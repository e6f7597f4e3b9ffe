package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.gateway.support.PartnerKeys;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.RawHttp;

/** The gateway's own operations read requests as strictly as the services: refusals name the field and change nothing. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class WebhookStrictRequestsTest {

    private static final String PROBLEM = "application/problem+json";

    String key;

    @BeforeEach
    void partner() {
        TestCredentials.useNoCredentials();
        key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"url\":12345,\"eventTypes\":[\"org.maillage.actor.*\"]}                                   | url",
        "{\"url\":\"https://93.184.215.14/h\",\"url\":\"https://93.184.215.15/h\",\"eventTypes\":[\"org.maillage.actor.*\"]} | url",
        "{\"url\":\"https://93.184.215.14/h\",\"description\":null,\"eventTypes\":[\"org.maillage.actor.*\"]} | description"
    })
    void aWebhookTheContractForbidsIsRefusedAndNotCreated(String body, String field) {
        given().header("X-API-Key", key).contentType("application/json").body(body).post("/api/v1/webhooks")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
        given().header("X-API-Key", key).get("/api/v1/webhooks").then().statusCode(200).body("items", empty());
    }

    @Test
    void aScopeGivenTwiceIsRefusedRatherThanMerged() {
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"twice\",\"organisationId\":\"" + UUID.randomUUID()
                        + "\",\"scopes\":[\"actors:read\",\"actors:read\"]}")
                .post("/api/v1/admin/api-keys").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("scopes[1]"));
    }

    @Test
    void aBodyWithoutContentTypeIsA415ProblemAndCreatesNothing() throws IOException {
        byte[] body = "{\"url\":\"https://93.184.215.14/h\",\"eventTypes\":[\"org.maillage.actor.*\"]}"
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response = RawHttp.send("localhost", RestAssured.port,
                "POST /api/v1/webhooks HTTP/1.1\r\nX-API-Key: " + key, body);
        assertEquals(415, response.status(), response.body());
        assertEquals(PROBLEM, response.contentType());
        assertNotNull(response.header("RateLimit-Limit"), "a 415 is counted and told like any answer");
        given().header("X-API-Key", key).get("/api/v1/webhooks").then().statusCode(200).body("items", empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/webhooks?limit=          | limit",
        "/api/v1/webhooks/1-2-3-4-5       | id"
    })
    void aParameterTheContractForbidsIsRefusedNamingIt(String target, String parameter) {
        given().header("X-API-Key", key).urlEncodingEnabled(false).get(target).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo(parameter));
    }
}
