package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * Tavaco (2A323) on the fixture: fx_good 1 is the lowest of 10 with higher-is-better, 100 × 9.5 / 10 = 95 →
 * FRAGILE; fx_rate (77.3) and fx_old (75) are only WATCH. One data fragility (EDUCATION) plus one added in
 * the conversation (MOBILITY).
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class CoverageAndEcosystemTest {

    @Inject
    DataSource dataSource;

    @Test
    void coverageFollowsAllianceEventsUncoveredPrioritiesFirst() {
        DiagnosticFixture.load();
        UUID association = Events.actorRegistered("Club de Tavaco", "ASSOCIATION", "NONPROFIT",
                "\"territories\": [\"2A351\"]");
        UUID departement = Events.actorRegistered("Collectivité de Corse", "LOCAL_AUTHORITY", "PUBLIC",
                "\"territories\": [\"DEPARTEMENT:2A\"], \"themes\": [\"EDUCATION\"]");
        Events.person("org.maillage.person.added.v1", departement, "TERRITORIAL_CATALYST", false);
        UUID mediator = Events.person("org.maillage.person.added.v1", departement, "INTER_ORGANISATION_MEDIATOR", false);
        Events.person(mediator, "org.maillage.person.erased.v1", departement, true);
        UUID elsewhere = Events.actorRegistered("Entreprise lointaine", "COMPANY", "PRIVATE", "\"territories\": [\"59350\"]");
        Actors.awaitKnown(dataSource, association, departement, elsewhere);
        given().get("/api/v1/territories/2A323/coverage").then().statusCode(404).contentType("application/problem+json");

        String diagnosticId = DiagnosticFixture.diagnose("""
                {"territoryCode": "2A323", "period": "2015", "indicators": ["fx_rate", "fx_good", "fx_old"]}""");
        String education = given().get("/api/v1/diagnostics/" + diagnosticId).then()
                .body("fragilities.indicator", contains("fx_good")).extract().path("fragilities[0].id");
        String conversation = given().contentType(ContentType.JSON).body("""
                        {"diagnosticId": "%s", "heldOn": "2026-04-02", "facilitator": {"name": "Lucia Santoni",
                         "actorId": "%s"}, "participants": ["%s", "%s"]}""".formatted(diagnosticId, departement, association,
                        departement))
                .post("/api/v1/conversations").then().statusCode(201).extract().path("id");
        String base = "/api/v1/conversations/" + conversation;
        String mobility = given().contentType(ContentType.JSON).body("{\"title\": \"No bus to Ajaccio\", \"theme\":"
                        + " \"MOBILITY\", \"proposedBy\": \"" + association + "\"}")
                .post(base + "/fragilities").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}").put(base + "/verdicts/" + education)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"fragilityIds\": [\"" + education + "\", \"" + mobility + "\"]}")
                .put(base + "/rankings/" + association).then().statusCode(200);
        given().contentType(ContentType.JSON).body("").post(base + "/adoption").then().statusCode(200);

        coverage().body("uncoveredPriorities", equalTo(2)).body("items.priorityRank", contains(1, 2));

        UUID byTheme = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", byTheme, """
                {"allianceId": "%s", "name": "Soutien scolaire", "purpose": "Homework help", "state": "EMERGING",
                 "members": [{"actorId": "%s", "role": "LEAD"}], "proposedAt": "2026-04-10T08:00:00Z",
                 "territories": ["2A323"], "themes": ["EDUCATION"], "type": "SOCIETAL_INNOVATION"}"""
                .formatted(byTheme, association));
        awaitCoverage(1);
        // the uncovered priority (mobility, rank 2) now comes before the covered one
        coverage().body("items.fragilityId", contains(mobility, education))
                .body("items[1].alliances[0].match", equalTo("THEME_AND_TERRITORY"))
                .body("items[1].alliances[0].relation", equalTo("LOCAL"))
                .body("items[1].alliancesByState.EMERGING", equalTo(1));

        UUID abandoned = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", abandoned, """
                {"allianceId": "%s", "name": "Navette", "state": "ABANDONED", "members": [],
                 "addressedFragilities": [{"diagnosticId": "%s", "fragilityId": "%s"}]}""".formatted(abandoned, diagnosticId, mobility));
        UUID explicit = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", explicit, """
                {"allianceId": "%s", "name": "Transport solidaire", "state": "SCOPING", "members": [],
                 "addressedFragilities": [{"diagnosticId": "%s", "fragilityId": "%s"}]}""".formatted(explicit, diagnosticId, mobility));
        Events.alliance("org.maillage.alliance.state-changed.v1", byTheme,
                "{\"allianceId\": \"" + byTheme + "\", \"from\": \"EMERGING\", \"to\": \"ACTIVE\", \"reason\": \"agreed\"}");
        awaitCoverage(0);
        coverage().body("items.fragilityId", contains(education, mobility))
                .body("items[0].alliancesByState.ACTIVE", equalTo(1))
                .body("items[1].alliancesByState.ABANDONED", equalTo(1))
                .body("items[1].alliancesByState.SCOPING", equalTo(1))
                .body("items[1].alliances.match", contains("EXPLICIT", "EXPLICIT"));

        // An archived alliance is a tombstone: it no longer covers anything, whatever state it was archived in.
        Events.alliance("org.maillage.alliance.archived.v1", explicit, """
                {"allianceId": "%s", "state": "SCOPING", "version": 4, "archivedAt": "2026-05-02T10:00:00Z"}"""
                .formatted(explicit));
        awaitCoverage(1);
        coverage().body("items.fragilityId", contains(mobility, education))
                .body("items[0].alliancesByState.ARCHIVED", equalTo(1))
                .body("items[0].covered", equalTo(false));

        // Tavaco: the association acts in Villanova but leads an alliance there; the département contains Tavaco.
        assertTrue(Eventually.holds(() -> {
            var professions = given().get("/api/v1/territories/2A323/ecosystem").then().extract();
            return Integer.valueOf(1).equals(professions.path("professions.TERRITORIAL_CATALYST"))
                    && professions.path("professions.INTER_ORGANISATION_MEDIATOR") == null;
        }, Duration.ofSeconds(30)), "person events not applied");
        given().get("/api/v1/territories/2A323/ecosystem").then().statusCode(200)
                .body("actorCount", equalTo(2))
                .body("byWorld.NONPROFIT.ASSOCIATION", equalTo(1))
                .body("byWorld.PUBLIC.LOCAL_AUTHORITY", equalTo(1))
                .body("byWorld.PRIVATE", nullValue())
                .body("professions.TERRITORIAL_CATALYST", equalTo(1))
                .body("professions.INTER_ORGANISATION_MEDIATOR", nullValue())
                .body("alliancesByState.ACTIVE", equalTo(1))
                .body("actors.relation", hasItems("ALLIANCE", "WIDER"));
        given().get("/api/v1/territories/2A/ecosystem").then().statusCode(200)
                .body("actors.findAll { it.name == 'Club de Tavaco' }.relation", contains("LOCAL"))
                .body("actors.findAll { it.name == 'Entreprise lointaine' }", org.hamcrest.Matchers.empty());
    }

    private void awaitCoverage(int uncovered) {
        assertTrue(Eventually.holds(() -> Integer.valueOf(uncovered).equals(
                given().get("/api/v1/territories/2A323/coverage").then().extract().path("uncoveredPriorities")),
                Duration.ofSeconds(30)), "coverage never reached " + uncovered + " uncovered priorities");
    }

    private static io.restassured.response.ValidatableResponse coverage() {
        return given().get("/api/v1/territories/2A323/coverage").then().statusCode(200)
                .body("diagnosticState", equalTo("PUBLISHED"));
    }

}
