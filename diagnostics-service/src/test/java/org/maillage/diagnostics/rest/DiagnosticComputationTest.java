package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Figures checked by hand on {@link DiagnosticFixture}. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class DiagnosticComputationTest {

    @BeforeEach
    void fixture() {
        DiagnosticFixture.load();
    }

    @Test
    void villanovaAgainstItsEpciAndEveryCommune() {
        ValidatableResponse diagnostic = post("""
                {"territoryCode": "2A351", "period": "2015", "indicators": ["fx_rate", "fx_good", "fx_old"],
                 "reference": {"type": "PARENT"}}""")
                .statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("synthetic", equalTo(false))
                .body("warning", nullValue())
                .body("comparison.referenceCode", equalTo("242010056"))
                .body("comparison.referenceName", equalTo("CA du Pays Ajaccien"));
        // fx_rate. EPCI = Σ(value × population) / Σ population = 1 773 742 / 93 835 = 18.90278.
        // Gap (30 − 18.90278) / 18.90278 = 0.58707. Peers: the 11 communes with a value; 10 lower, none equal
        // but itself: 100 × (10 + 1/2) / 11 = 95.45 → FRAGILE (≥ 90, < 97.5).
        diagnostic.body("indicators[0].indicator", equalTo("fx_rate"))
                .body("indicators[0].value", closeTo(30.0, 1e-9))
                .body("indicators[0].referenceValue", closeTo(18.90278, 1e-5))
                .body("indicators[0].relativeGap", closeTo(0.58707, 1e-5))
                .body("indicators[0].peerCount", equalTo(11))
                .body("indicators[0].percentileRank", closeTo(95.4545, 1e-4))
                .body("indicators[0].worsePeers", equalTo(0))
                .body("indicators[0].betterPeers", equalTo(10))
                .body("indicators[0].severity", equalTo("FRAGILE"))
                .body("indicators[0].explanation", equalTo("Test fx_rate is 30 % in Villanova, against 18.9 % in CA du"
                        + " Pays Ajaccien: 58.7 % higher, which is worse. Of the 11 communes of France with a value, 0"
                        + " are in a worse situation and 10 in a better one. A fragility: among the 10 % most fragile."));
        // fx_good, higher is better: 10 peers (Bastia has none); only Ajaccio (10) is higher: 100 × (1 + 1/2) / 10 = 15.
        // EPCI value: the SUM 4 + 10 + 6 + 2 + 5 + 3 + 8 + 1 + 7 + 9 = 55; gap (9 − 55) / 55 = −0.83636.
        diagnostic.body("indicators[1].percentileRank", closeTo(15.0, 1e-9))
                .body("indicators[1].referenceValue", closeTo(55.0, 1e-9))
                .body("indicators[1].relativeGap", closeTo(-0.83636, 1e-5))
                .body("indicators[1].severity", equalTo("NONE"))
                .body("indicators[1].explanation", containsString("83.6 % lower, which is worse"));
        // fx_old, NONE: no EPCI value, so no gap; 100 × (9 + 1/2) / 10 = 95 → FRAGILE.
        diagnostic.body("indicators[2].referenceValue", nullValue())
                .body("indicators[2].relativeGap", nullValue())
                .body("indicators[2].percentileRank", closeTo(95.0, 1e-9))
                .body("fragilities.indicator", contains("fx_rate", "fx_old"))
                .body("fragilities.origin", contains("DATA", "DATA"))
                .body("fragilities.theme", contains("EMPLOYMENT", "AGEING"));
    }

    @Test
    void tiesCountHalfAndPeersCanBeTheParentOnly() {
        // Ajaccio, fx_rate 20, ties with Bastia: 6 lower, 2 equal (itself included) of 11: 100 × (6 + 1) / 11 = 63.64.
        post("""
                {"territoryCode": "2A004", "period": "2015", "indicators": ["fx_rate"]}""")
                .body("indicators[0].percentileRank", closeTo(63.6364, 1e-4))
                .body("indicators[0].severity", equalTo("NONE"))
                .body("comparison.referenceType", equalTo("NATION"));
        // Within département 2A only (Bastia is in 2B): 6 lower, 1 equal of 10: 100 × 6.5 / 10 = 65.
        post("""
                {"territoryCode": "2A004", "period": "2015", "indicators": ["fx_rate"],
                 "peers": {"scope": "PARENT", "level": "DEPARTEMENT"}}""")
                .body("indicators[0].peerCount", equalTo(10))
                .body("indicators[0].percentileRank", closeTo(65.0, 1e-9))
                .body("indicators[0].explanation", containsString("Of the 10 communes of Corse-du-Sud with a value"));
        // Valle-di-Mezzana, 26: 9 lower of 11: 100 × 9.5 / 11 = 86.36 → WATCH.
        post("""
                {"territoryCode": "2A336", "period": "2015", "indicators": ["fx_rate"]}""")
                .body("indicators[0].severity", equalTo("WATCH"));
    }

    @Test
    void departementsComparedWithANamedTerritory() {
        // 2B is derived from Bastia alone: 20. 2A is derived like the EPCI: 18.90278. Gap (20 − 18.90278) / 18.90278
        // = 0.05805. Two départements have a value; 2B is the higher: 100 × (1 + 1/2) / 2 = 75 → WATCH.
        post("""
                {"territoryCode": "2B", "period": "2015", "indicators": ["fx_rate"],
                 "reference": {"type": "TERRITORY", "code": "2A"}}""")
                .body("territory.level", equalTo("DEPARTEMENT"))
                .body("indicators[0].value", closeTo(20.0, 1e-9))
                .body("indicators[0].referenceValue", closeTo(18.90278, 1e-5))
                .body("indicators[0].relativeGap", closeTo(0.05805, 1e-5))
                .body("indicators[0].percentileRank", closeTo(75.0, 1e-9))
                .body("indicators[0].severity", equalTo("WATCH"));
    }

    @Test
    void everyBadInputIsAProblem() {
        post("{\"territoryCode\": \"99999\", \"period\": \"2015\"}").statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("territoryCode"));
        post("{\"territoryCode\": \"2A351\", \"period\": \"2015\", \"indicators\": [\"fx_rate\", \"nope\"]}")
                .statusCode(422).body("errors.field", contains("indicators[1]"));
        post("{\"territoryCode\": \"2A351\", \"period\": \"1999\", \"indicators\": [\"fx_rate\"]}")
                .statusCode(422).body("errors.code", contains("NoObservation"));
        post("{\"territoryCode\": \"2A351\", \"period\": \"1999\"}")
                .statusCode(422).body("errors.field", contains("period"));
        post("{\"territoryCode\": \"2A351\", \"period\": \"15\"}")
                .statusCode(422).body("errors.code", contains("InvalidPeriod"));
        post("{\"territoryCode\": \"94\", \"level\": \"REGION\", \"period\": \"2015\", \"reference\": {\"type\": \"PARENT\"}}")
                .statusCode(422).body("errors.field", contains("reference.level"));
        post("{\"territoryCode\": \"11\", \"period\": \"2015\"}")
                .statusCode(400).body("errors.field", contains("level"));
        post("{\"territoryCode\": \"2A351\", \"period\": \"2015\", \"reference\": {\"type\": \"SOMEWHERE\"}}")
                .statusCode(400).body("errors.field", contains("reference.type"));
        post("{\"period\": \"2015\"}").statusCode(400).body("errors.field", contains("territoryCode"));
        post("{\"territoryCode\": \"2A3510000000\", \"period\": \"2015\"}")
                .statusCode(400).body("errors.field", contains("territoryCode"));
        post("{\"territoryCode\": \"2A351\", \"period\": \"2015\", \"indicators\": [\"" + "x".repeat(65) + "\"]}")
                .statusCode(400).body("errors.field", contains("indicators[0]"));
        given().get("/api/v1/diagnostics/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void batchDiagnosesEveryDepartementWithValues() {
        given().contentType(ContentType.JSON).body("""
                        {"level": "DEPARTEMENT", "parent": "94", "parentLevel": "REGION", "period": "2015",
                         "indicators": ["fx_rate"]}""")
                .post("/api/v1/diagnostics/batches")
                .then().statusCode(201)
                .body("count", equalTo(2))
                .body("items.territory.code", contains("2A", "2B"))
                .body("items.worst", contains("NONE", "WATCH"))
                .body("items", hasSize(2));
    }

    private static ValidatableResponse post(String body) {
        return given().config(DiagnosticFixture.DOUBLES).contentType(ContentType.JSON).body(body)
                .post("/api/v1/diagnostics").then();
    }
}
