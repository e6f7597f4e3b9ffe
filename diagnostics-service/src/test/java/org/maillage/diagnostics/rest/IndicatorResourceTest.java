package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class IndicatorResourceTest {

    private static final String BODY = """
            {"code": "%s", "label": "Overcrowded housing", "description": "Share of main residences that are overcrowded",
             "unit": "%%", "theme": "HOUSING", "polarity": "HIGHER_IS_WORSE", "aggregation": "POPULATION_WEIGHTED_MEAN",
             "source": "INSEE RP 2021"}""";

    @Test
    void lifecycleWithETagsAndConflicts() {
        given().contentType(ContentType.JSON).body(BODY.formatted("ind_overcrowding")).post("/api/v1/indicators")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/indicators/ind_overcrowding"))
                .header("ETag", equalTo("\"0\""))
                .body("theme", equalTo("HOUSING"))
                .body("synthetic", equalTo(false));
        given().contentType(ContentType.JSON).body(BODY.formatted("ind_overcrowding")).post("/api/v1/indicators")
                .then().statusCode(409).contentType("application/problem+json");

        String replacement = BODY.formatted("ind_overcrowding").replace("Overcrowded housing", "Overcrowding");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(replacement)
                .put("/api/v1/indicators/ind_overcrowding")
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(replacement)
                .put("/api/v1/indicators/ind_overcrowding")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("label", equalTo("Overcrowding"));
        given().contentType(ContentType.JSON).body(replacement.replace("\"ind_overcrowding\"", "\"other_code\""))
                .put("/api/v1/indicators/ind_overcrowding")
                .then().statusCode(400).body("errors.field", contains("code"));

        given().queryParam("theme", "HOUSING").get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", hasItem("ind_overcrowding"));
        given().queryParam("theme", "HEALTH").get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", not(hasItem("ind_overcrowding")));

        given().delete("/api/v1/indicators/ind_overcrowding").then().statusCode(204);
        given().get("/api/v1/indicators/ind_overcrowding").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidDefinitionsAreProblems() {
        given().contentType(ContentType.JSON).body(BODY.formatted("Bad Code")).post("/api/v1/indicators")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        given().contentType(ContentType.JSON).body(BODY.formatted("ind_x").replace("\"HIGHER_IS_WORSE\"", "null"))
                .post("/api/v1/indicators")
                .then().statusCode(400).body("errors.field", hasItem("polarity"));
        given().contentType(ContentType.JSON).body(BODY.formatted("ind_x").replace("\"HOUSING\"", "\"GARDENING\""))
                .post("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("theme"));
        given().contentType(ContentType.JSON).body(BODY.formatted("ind_x").replace("{", "{\"colour\": 1, "))
                .post("/api/v1/indicators")
                .then().statusCode(400).body("errors.field", hasItem("colour"));
        given().contentType(ContentType.JSON).body("{\"code\": ").post("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("theme", "GARDENING").get("/api/v1/indicators")
                .then().statusCode(400).body("errors.field", contains("theme"));
    }

    @Test
    void populationIsARealIndicatorFromTheReference() {
        given().get("/api/v1/indicators/population")
                .then().statusCode(200)
                .body("aggregation", equalTo("SUM"))
                .body("polarity", equalTo("NEUTRAL"))
                .body("synthetic", equalTo(false));
        given().queryParam("indicator", "population").get("/api/v1/territories/75056/observations")
                .then().statusCode(200)
                .body("items[0].value", equalTo(2_103_778.0f))
                .body("items[0].period", equalTo("2026"))
                .body("items[0].derived", equalTo(false));
    }
}
