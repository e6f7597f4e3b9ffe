package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Requests the contract forbids, accepted until now, are refused naming the field, and change nothing. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class DiagnosticsStrictRequestsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BODY = """
            {"code": "strict_probe", "label": "Strict", "unit": "%", "theme": "HOUSING", "polarity": "HIGHER_IS_WORSE",
             "aggregation": "SUM", "source": "test"}""";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"label\": \"Strict\"          | \"label\": 12                          | label",
        "\"theme\": \"HOUSING\"         | \"theme\": \"housing\"                 | theme",
        "\"theme\": \"HOUSING\"         | \"theme\": null                      | theme",
        "\"theme\": \"HOUSING\"         | \"theme\": \"\"                        | theme",
        "\"label\": \"Strict\"          | \"label\": \"Strict\", \"label\": \"Twice\" | label"
    })
    void anIndicatorTheContractForbidsIsRefusedAndNotDefined(String original, String replacement, String field) {
        given().contentType(ContentType.JSON).body(BODY.replace(original, replacement)).post("/api/v1/indicators")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
        given().get("/api/v1/indicators/strict_probe").then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/territories?level=                   | level",
        "/api/v1/territories?level=commune            | level",
        "/api/v1/territories?parentLevel=NOT_A_VALUE  | parentLevel",
        "/api/v1/diagnostics?updatedSince=            | updatedSince",
        "/api/v1/diagnostics?includeArchived=TRUE     | includeArchived",
        "/api/v1/indicators?limit=                    | limit",
        "/api/v1/diagnostics/1-2-3-4-5                | id"
    })
    void aParameterTheContractForbidsIsRefusedNamingIt(String target, String parameter) {
        given().urlEncodingEnabled(false).get(target).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void anUnknownLevelListsTheLevels() {
        given().get("/api/v1/territories/93?level=NOT_A_VALUE").then().statusCode(400)
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("DEPARTEMENT"));
    }
}
