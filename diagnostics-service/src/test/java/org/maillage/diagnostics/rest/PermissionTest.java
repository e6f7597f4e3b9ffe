package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.diagnostics.support.Fixtures;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

/**
 * Who may write what: stewards keep the catalogue and the observations, a conversation belongs to its
 * facilitator's organisation, participants act in their own name. Every refusal is a 403 that changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class PermissionTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String WRITE = "diagnostics:write";
    private static final String VILLANOVA = """
            {"territoryCode": "2A351", "period": "2015", "indicators": ["fx_rate", "fx_good", "fx_old"],
             "reference": {"type": "PARENT"}}""";

    @Inject
    DataSource dataSource;

    UUID facilitator;
    UUID first;
    UUID second;
    UUID outsider;

    @BeforeEach
    void actors() {
        DiagnosticFixture.load();
        facilitator = Events.actorRegistered("Centre social Villanova", "ASSOCIATION", "NONPROFIT", null);
        first = Events.actorRegistered("Mairie de Villanova", "LOCAL_AUTHORITY", "PUBLIC", null);
        second = Events.actorRegistered("Épicerie Villanova", "COMPANY", "PRIVATE", null);
        outsider = Events.actorRegistered("Voisin lointain", "COMPANY", "PRIVATE", null);
        Actors.awaitKnown(dataSource, facilitator, first, second, outsider);
    }

    @Test
    void onlyCatalogueStewardsChangeTheCatalogue() {
        Fixtures.indicator("pm_shared", "HIGHER_IS_WORSE", "SUM", "HEALTH");
        String changed = indicator("pm_shared", "Relabelled");

        as(outsider, WRITE).contentType(ContentType.JSON).body(indicator("pm_intruder", "Intruder"))
                .post("/api/v1/indicators").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("catalogue:manage")).body("detail", containsString(outsider.toString()));
        as(outsider, WRITE).contentType(ContentType.JSON).body(changed).put("/api/v1/indicators/pm_shared")
                .then().statusCode(403).contentType(PROBLEM);
        as(outsider, WRITE, "observations:import").delete("/api/v1/indicators/pm_shared")
                .then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/indicators/pm_intruder").then().statusCode(404);
        given().get("/api/v1/indicators/pm_shared").then().statusCode(200)
                .body("label", equalTo("Test pm_shared")).header("ETag", "\"0\"");

        as(outsider, WRITE, "catalogue:manage").contentType(ContentType.JSON).body(indicator("pm_steward", "Steward's"))
                .post("/api/v1/indicators").then().statusCode(201);
        as(outsider, WRITE, "catalogue:manage").contentType(ContentType.JSON).body(changed)
                .put("/api/v1/indicators/pm_shared").then().statusCode(200).body("label", equalTo("Relabelled"));
        as(outsider, WRITE, "catalogue:manage").delete("/api/v1/indicators/pm_steward").then().statusCode(204);
        given().contentType(ContentType.JSON).delete("/api/v1/indicators/pm_shared").then().statusCode(204);
    }

    @Test
    void onlyObservationStewardsImport() {
        Fixtures.indicator("pm_obs", "HIGHER_IS_WORSE", "SUM", "HEALTH");
        Fixtures.csvImport("CODGEO;pm_obs\n2A001;5\n", "2015");
        String json = """
                {"period": "2015", "observations": [{"indicator": "pm_obs", "territoryCode": "2A001", "value": 999}]}""";

        as(outsider, WRITE).contentType(ContentType.JSON).body(json).post("/api/v1/observation-imports")
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("observations:import"));
        as(outsider, WRITE, "catalogue:manage").contentType("text/csv; charset=UTF-8").body("CODGEO;pm_obs\n2A001;999\n")
                .queryParam("period", "2015").post("/api/v1/observation-imports/csv").then().statusCode(403);
        observation("pm_obs").body("items[0].value", equalTo(5.0f));

        as(outsider, WRITE, "observations:import").contentType(ContentType.JSON).body(json)
                .post("/api/v1/observation-imports").then().statusCode(200).body("status", equalTo("APPLIED"));
        observation("pm_obs").body("items[0].value", equalTo(999.0f));
        as(outsider, WRITE, "observations:import").contentType("text/csv; charset=UTF-8").body("CODGEO;pm_obs\n2A001;7\n")
                .queryParam("period", "2015").post("/api/v1/observation-imports/csv").then().statusCode(200);
        observation("pm_obs").body("items[0].value", equalTo(7.0f));
    }

    @Test
    void anyWriterDiagnosesButOnlyAdoptionPublishes() {
        String id = as(outsider, WRITE).contentType(ContentType.JSON).body(VILLANOVA).post("/api/v1/diagnostics")
                .then().statusCode(201).body("state", equalTo("DRAFT")).extract().path("id");
        as(outsider, WRITE).contentType(ContentType.JSON)
                .body("{\"level\": \"DEPARTEMENT\", \"parent\": \"94\", \"parentLevel\": \"REGION\", \"period\": \"2015\", \"indicators\": [\"fx_rate\"]}")
                .post("/api/v1/diagnostics/batches").then().statusCode(201);
        given().get("/api/v1/diagnostics/" + id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void aPartnerOpensConversationsForItsOwnOrganisationOnly() {
        String diagnostic = DiagnosticFixture.diagnose(VILLANOVA);

        as(outsider, WRITE).contentType(ContentType.JSON).body(open(diagnostic, facilitator)).post("/api/v1/conversations")
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString(facilitator.toString()));
        given().header(TestIdentity.HEADER, TestIdentity.token("front-end-user", null, WRITE))
                .contentType(ContentType.JSON).body(open(diagnostic, null)).post("/api/v1/conversations")
                .then().statusCode(403).body("detail", containsString("no organisation"));
        given().get("/api/v1/diagnostics/" + diagnostic).then().body("state", equalTo("DRAFT"));

        as(facilitator, WRITE).contentType(ContentType.JSON).body(open(diagnostic, null)).post("/api/v1/conversations")
                .then().statusCode(201).body("facilitator.actorId", equalTo(facilitator.toString()));
        String other = DiagnosticFixture.diagnose(VILLANOVA);
        given().contentType(ContentType.JSON).body(open(other, outsider)).post("/api/v1/conversations")
                .then().statusCode(201).body("facilitator.actorId", equalTo(outsider.toString()));
    }

    @Test
    void othersCannotKeepTheRecordOfSomeoneElsesConversation() {
        String base = openedByFacilitator();
        List<String> fragilities = given().get(base).then().extract().path("fragilities.id");
        String rate = fragilities.get(0);
        String solution = "{\"fragilityId\": \"" + rate + "\", \"title\": \"Help desk\", \"proposedBy\": \"" + first + "\"}";

        as(outsider, WRITE).contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}").put(base + "/verdicts/" + rate)
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("record verdicts"));
        as(first, WRITE).contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}").put(base + "/verdicts/" + rate)
                .then().statusCode(403).body("detail", containsString(first.toString()));
        as(first, WRITE).contentType(ContentType.JSON).body(added(first)).post(base + "/fragilities").then().statusCode(403);
        as(outsider, WRITE).contentType(ContentType.JSON).body(ranking(rate)).put(base + "/rankings/" + first)
                .then().statusCode(403).body("detail", containsString("in the name of " + first));
        as(second, WRITE).contentType(ContentType.JSON).body(ranking(rate)).put(base + "/rankings/" + first)
                .then().statusCode(403);
        as(second, WRITE).contentType(ContentType.JSON).body(solution).post(base + "/solutions").then().statusCode(403);
        as(first, WRITE).contentType(ContentType.JSON).body("").post(base + "/adoption").then().statusCode(403).body("detail", containsString("adopt"));

        given().get(base).then().statusCode(200).header("ETag", "\"0\"").body("verdicts", empty())
                .body("rankings", empty()).body("solutions", empty()).body("fragilities", hasSize(2))
                .body("state", equalTo("OPEN"));
    }

    @Test
    void participantsActInTheirOwnNameAndTheFacilitatorOnTheirBehalfVisibly() {
        String base = openedByFacilitator();
        List<String> fragilities = given().get(base).then().extract().path("fragilities.id");
        String rate = fragilities.get(0);
        String old = fragilities.get(1);

        as(first, WRITE).contentType(ContentType.JSON).body(ranking(rate, old)).put(base + "/rankings/" + first)
                .then().statusCode(200).body("rankings[0].recordedBy.organisationId", equalTo(first.toString()));
        as(facilitator, WRITE).contentType(ContentType.JSON).body(ranking(old)).put(base + "/rankings/" + second)
                .then().statusCode(200).body("rankings.find { it.actorId == '%s' }.recordedBy.organisationId"
                        .formatted(second), equalTo(facilitator.toString()));
        as(second, WRITE).contentType(ContentType.JSON).body("{\"fragilityId\": \"" + rate
                        + "\", \"title\": \"Delivery round\", \"proposedBy\": \"" + second + "\"}").post(base + "/solutions")
                .then().statusCode(201).body("recordedBy.organisationId", equalTo(second.toString()));
        as(outsider, WRITE).contentType(ContentType.JSON).body(ranking(rate)).put(base + "/rankings/" + outsider)
                .then().statusCode(422).body("errors[0].code", equalTo("NotAParticipant"));

        as(facilitator, WRITE).contentType(ContentType.JSON).body(added(first)).post(base + "/fragilities")
                .then().statusCode(201);
        for (String fragility : List.of(rate, old)) {
            as(facilitator, WRITE).contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}")
                    .put(base + "/verdicts/" + fragility).then().statusCode(200);
        }
        as(facilitator, WRITE).contentType(ContentType.JSON).body("").post(base + "/adoption").then().statusCode(200).body("state", equalTo("ADOPTED"))
                .body("diagnosticState", equalTo("PUBLISHED"));
    }

    @Test
    void anAdminKeepsTheRecordOfAnyConversation() {
        String base = openedByFacilitator();
        String rate = given().get(base).then().extract().path("fragilities[0].id");
        given().contentType(ContentType.JSON).body(ranking(rate)).put(base + "/rankings/" + first)
                .then().statusCode(200).body("rankings[0].recordedBy.organisationId", nullValue())
                .body("rankings[0].recordedBy.subject", equalTo("test-admin"));
        given().contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}").put(base + "/verdicts/" + rate)
                .then().statusCode(200);
    }

    private String openedByFacilitator() {
        String diagnostic = DiagnosticFixture.diagnose(VILLANOVA);
        return "/api/v1/conversations/" + as(facilitator, WRITE).contentType(ContentType.JSON)
                .body(open(diagnostic, null)).post("/api/v1/conversations").then().statusCode(201).extract().path("id");
    }

    private String open(String diagnosticId, UUID facilitatorActor) {
        return """
                {"diagnosticId": "%s", "heldOn": "2026-03-14", "facilitator": {"name": "Camille Martin"%s},
                 "participants": ["%s", "%s"]}""".formatted(diagnosticId,
                facilitatorActor == null ? "" : ", \"actorId\": \"" + facilitatorActor + "\"", first, second);
    }

    private static String indicator(String code, String label) {
        return """
                {"code": "%s", "label": "%s", "unit": "%%", "polarity": "HIGHER_IS_WORSE", "aggregation": "SUM",
                 "source": "test"}""".formatted(code, label);
    }

    private static String added(UUID by) {
        return "{\"title\": \"No bus on Sundays\", \"theme\": \"MOBILITY\", \"proposedBy\": \"" + by + "\"}";
    }

    private static String ranking(String... ids) {
        return "{\"fragilityIds\": [" + String.join(", ", List.of(ids).stream().map(i -> "\"" + i + "\"").toList()) + "]}";
    }

    private static ValidatableResponse observation(String indicator) {
        return given().queryParam("indicator", indicator).queryParam("period", "2015")
                .get("/api/v1/territories/2A001/observations").then().statusCode(200);
    }

    private static RequestSpecification as(UUID organisation, String... scopes) {
        return given().header(TestIdentity.HEADER, TestIdentity.partner(organisation, scopes));
    }
}
