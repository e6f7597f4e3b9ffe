package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class TerritoryResourceTest {

    @Test
    void parisHasItsPopulationAndParentsNearestFirst() {
        given().get("/api/v1/territories/75056")
                .then().statusCode(200)
                .contentType("application/json")
                .body("code", equalTo("75056"))
                .body("name", equalTo("Paris"))
                .body("level", equalTo("COMMUNE"))
                .body("population", equalTo(2_103_778))
                .body("parents.code", contains("200054781", "75", "11"))
                .body("parents.name", contains("Métropole du Grand Paris", "Paris", "Île-de-France"))
                .body("parents.level", contains("EPCI", "DEPARTEMENT", "REGION"));
    }

    @Test
    void corsicanCommuneResolvesToItsDepartementAndRegion() {
        given().get("/api/v1/territories/2A004")
                .then().statusCode(200)
                .body("name", equalTo("Ajaccio"))
                .body("population", equalTo(76_320))
                .body("parents.code", contains("242010056", "2A", "94"))
                .body("parents.name", contains("CA du Pays Ajaccien", "Corse-du-Sud", "Corse"));
    }

    @Test
    void overseasCommuneResolves() {
        given().get("/api/v1/territories/97411")
                .then().statusCode(200)
                .body("name", equalTo("Saint-Denis"))
                .body("parents.code", contains("249740119", "974", "04"))
                .body("parents.name", contains("CA Intercommunale du Nord de la Réunion (CINOR)", "La Réunion", "La Réunion"));
    }

    @Test
    void unknownCodeIsNotFoundProblem() {
        given().get("/api/v1/territories/99999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://maillage.org/problems/not-found"))
                .body("detail", equalTo("Territory 99999 does not exist"))
                .body("instance", equalTo("/api/v1/territories/99999"));
    }

    @Test
    void codeSharedByRegionAndDepartementNeedsTheLevel() {
        given().get("/api/v1/territories/11")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("REGION (Île-de-France), DEPARTEMENT (Aude)"))
                .body("errors.field", contains("level"));

        given().queryParam("level", "REGION").get("/api/v1/territories/11")
                .then().statusCode(200)
                .body("name", equalTo("Île-de-France"))
                .body("population", equalTo(12_463_067))
                .body("parents", empty());

        given().queryParam("level", "DEPARTEMENT").get("/api/v1/territories/11")
                .then().statusCode(200)
                .body("name", equalTo("Aude"))
                .body("parents.code", contains("76"));
    }

    @Test
    void codeAtAnotherLevelIsNotFound() {
        given().queryParam("level", "EPCI").get("/api/v1/territories/75056")
                .then().statusCode(404)
                .body("detail", equalTo("Territory EPCI 75056 does not exist"));
    }

    @Test
    void unknownLevelIsRejected() {
        given().queryParam("level", "CANTON").get("/api/v1/territories/75056")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("level"))
                .body("errors.code", contains("InvalidValue"));
    }
}
