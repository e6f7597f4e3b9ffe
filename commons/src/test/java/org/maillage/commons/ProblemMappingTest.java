package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ProblemMappingTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void notFoundIsAProblemNamingTheResourceAndEchoingTheRequestId() {
        given().header("X-Request-Id", "req-42")
                .when().get("/probe/missing/abc")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .header("X-Request-Id", "req-42")
                .body("type", equalTo("https://maillage.org/problems/not-found"))
                .body("title", equalTo("Resource not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("Probe abc does not exist"))
                .body("instance", equalTo("/probe/missing/abc"))
                .body("correlationId", equalTo("req-42"));
    }

    @Test
    void conflictIs409() {
        given().when().get("/probe/conflict")
                .then().statusCode(409).contentType(PROBLEM).body("detail", equalTo("The probe is busy"));
    }

    @Test
    void unexpectedFailureIs500WithCorrelationIdAndNoInternals() {
        String requestId = given().when().get("/probe/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .body("title", equalTo("Internal error"))
                .body("correlationId", notNullValue())
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")))
                .extract().header("X-Request-Id");
        given().when().get("/probe/boom").then().body("correlationId", not(equalTo(requestId)));
    }

    @Test
    void beanValidationListsEveryInvalidFieldByItsJsonName() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"size\":11,\"parts\":[{\"label\":\"ok\"},{\"label\":\"\"}]}")
                .when().post("/probe/things")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://maillage.org/problems/validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("parts[1].label"))
                .body("errors.find { it.field == 'name' }.code", equalTo("NotBlank"))
                .body("errors.size()", equalTo(3));
    }

    @Test
    void missingBodyIs400() {
        given().contentType(ContentType.JSON).when().post("/probe/things")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownPropertyIsRejectedAndNamed() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":1,\"colour\":\"RED\",\"extra\":true}")
                .when().post("/probe/things")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("extra"))
                .body("errors[0].field", equalTo("extra"))
                .body("errors[0].code", equalTo("UnknownProperty"));
    }

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"name\": \"a\",")
                .when().post("/probe/things")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://maillage.org/problems/malformed-json"));
    }

    @Test
    void valueOfTheWrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":1,\"colour\":\"BLUE\"}")
                .when().post("/probe/things")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of [RED, GREEN]"))
                .body("detail", not(containsString("org.maillage")));
        given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":\"big\"}")
                .when().post("/probe/things")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void unknownPathIsAProblemToo() {
        given().when().get("/nowhere").then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void validRequestPasses() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":1,\"colour\":\"GREEN\"}")
                .when().post("/probe/things")
                .then().statusCode(200).body("colour", equalTo("GREEN")).header("X-Request-Id", startsWith(""));
    }
}
