package org.maillage.gateway.overview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.InjectStubUpstreams;
import org.maillage.gateway.support.StubUpstreams;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;

/** The overview composed from the three services, whole or degraded, and only what the caller may read. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class TerritoryOverviewTest {

    @InjectStubUpstreams
    StubUpstreams stubs;

    @BeforeEach
    void authenticateAsAdmin() {
        TestCredentials.useAdminKey();
    }

    @Test
    void composesTheFivePartsWithTheCallersIdentity() {
        given().get("/api/v1/territories/93/overview").then().statusCode(200)
                .body("territory.code", equalTo("93"))
                .body("diagnostic.territoryCode", equalTo("93"))
                .body("suggestions.territoryCode", equalTo("93"))
                .body("suggestions.items[0].suggestions[0].name", equalTo("Emplois Isère"))
                .body("actors.territory", equalTo("93"))
                .body("actors.identified", equalTo(true))
                .body("alliances.total", equalTo(3))
                .body("degraded", empty())
                .body("withheld", empty());
        given().queryParam("level", "DEPARTEMENT").get("/api/v1/territories/93/overview").then().statusCode(200)
                .body("territory.level", equalTo("DEPARTEMENT"))
                .body("alliances.territory", equalTo("DEPARTEMENT:93"));
    }

    @Test
    void unknownTerritoryIsTheServicesOwnProblem() {
        given().get("/api/v1/territories/00/overview").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No territory 00"));
    }

    @Test
    void territoryWithoutPublishedDiagnosticIsNotDegraded() {
        given().get("/api/v1/territories/01/overview").then().statusCode(200)
                .body("territory.code", equalTo("01"))
                .body("diagnostic", nullValue())
                .body("suggestions", nullValue())
                .body("degraded", empty());
    }

    @Test
    void failedSuggestionsLeaveTheDiagnosticStanding() {
        given().get("/api/v1/territories/78/overview").then().statusCode(200)
                .body("diagnostic.territoryCode", equalTo("78"))
                .body("suggestions", nullValue())
                .body("degraded", contains("suggestions"));
    }

    @Test
    void serviceDownLeavesTheOtherPartsStanding() {
        stubs.stop("alliances");
        try {
            given().get("/api/v1/territories/93/overview").then().statusCode(200)
                    .body("alliances", nullValue())
                    .body("degraded", contains("alliances"))
                    .body("territory.code", equalTo("93"))
                    .body("actors.total", equalTo(3));
        } finally {
            stubs.restart("alliances");
        }
    }

    @Test
    void slowPartIsLeftOutOnceItsTimeIsUp() {
        long started = System.nanoTime();
        Response response = given().get("/api/v1/territories/77/overview");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        response.then().statusCode(200)
                .body("degraded", contains("actors", "alliances"))
                .body("territory.code", equalTo("77"));
        // The services' summaries take five seconds; the part timeout is 600 ms.
        assertTrue(elapsedMillis < 3000, "answered in " + elapsedMillis + " ms");
    }

    @Test
    void partsTheCallerMayNotReadAreWithheld() {
        String diagnosticsOnly = AdminApi.createKey(List.of("diagnostics:read"), null).getString("secret");
        String actorsOnly = AdminApi.createKey(List.of("actors:read"), null).getString("secret");
        TestCredentials.useNoCredentials();
        given().header("X-API-Key", diagnosticsOnly).get("/api/v1/territories/93/overview").then().statusCode(200)
                .body("territory.code", equalTo("93"))
                .body("suggestions.territoryCode", equalTo("93"))
                .body("actors", nullValue())
                .body("alliances", nullValue())
                .body("withheld", contains("actors", "alliances"))
                .body("degraded", empty());
        given().header("X-API-Key", actorsOnly).get("/api/v1/territories/93/overview").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
