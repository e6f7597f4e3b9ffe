package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.diagnostics.support.Fixtures;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * Suggestions for the Ain (01) on a fixture of six départements, period 2017, imported at that level (aggregation
 * NONE, so nothing else is derived):
 *
 * <pre>
 * département    sg_jobless  sg_school  sg_green   percentile ranks (lower values first, mid-rank)
 * 01 Ain               12          5        50       91.67  50     83.33
 * 38 Isère             10          5        40       75     50     50
 * 69 Rhône              8          9        30       58.33  91.67  16.67
 * 73 Savoie             6          1         -       41.67   8.33   -
 * 74 Haute-Savoie       4          3         -       25     25      -
 * 26 Drôme              2          7         -        8.33  75      -
 * </pre>
 * e.g. sg_jobless 12 in the Ain: 5 lower, 1 equal of 6, 100 × 5.5 / 6 = 91.67, FRAGILE (higher is worse). Profile
 * distances from the Ain: Isère (16.67 + 0 + 33.33) / 3 = 16.67; Rhône (33.33 + 41.67 + 66.67) / 3 = 47.22; Savoie
 * (50 + 41.67) / 2 = 45.83; Haute-Savoie (66.67 + 25) / 2 = 45.83; Drôme (83.33 + 25) / 2 = 54.17. Priorities: sg_jobless
 * (EMPLOYMENT), then a lack of buses (MOBILITY), then of doctors (HEALTH, covered by an alliance acting in the Ain).
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class SuggestionsTest {

    private static final String OBJECTIVE = """
            {"title": "%s", "indicator": %s, "baseline": null, "target": %s, "dueDate": "2026-06-30", "result": %s}""";

    @Inject
    DataSource dataSource;

    @Test
    void provenAlliancesElsewhereRankedByStandingThenProfile() {
        String diagnosticId = publishedDiagnosticOfTheAin();

        UUID isere = proposed("Emplois Isère", "DEPARTEMENT:38", "EMPLOYMENT", "EMERGING",
                objective("Retour à l'emploi", "sg_jobless", "9.0", null));
        // recording the result sends the objectives in full again
        Events.alliance("org.maillage.alliance.updated.v1", isere, """
                {"allianceId": "%s", "changedFields": ["objectives"], "objectives": [%s]}""".formatted(isere,
                objective("Retour à l'emploi", "sg_jobless", "9.0", "{\"value\": 8.7, \"reached\": true, \"measuredOn\": \"2026-03-31\"}")));
        closed(isere, "ACHIEVED");
        UUID rhone = proposedBeforeObjectives("Emplois Rhône", "DEPARTEMENT:69", "EMPLOYMENT");
        closed(rhone, "SCALED");
        UUID savoie = proposed("Emplois Savoie", "DEPARTEMENT:73", null, "ACTIVE",
                objective("Chômage divisé", "sg_jobless", "5", "{\"value\": 4.5, \"reached\": true, \"measuredOn\": \"2026-02-28\"}"));
        UUID grenoble = proposed("Ateliers de Grenoble", "38185", "EMPLOYMENT", "ACTIVE",
                objective("Ateliers CV", null, "100", "{\"value\": 120, \"reached\": true, \"measuredOn\": \"2026-01-15\"}"));
        UUID notReached = proposed("Emplois Drôme", "DEPARTEMENT:26", "EMPLOYMENT", "ACTIVE",
                objective("Chômage minimal", "sg_jobless", "1", "{\"value\": 3, \"reached\": false, \"measuredOn\": \"2026-02-28\"}"));
        UUID sameTerritory = proposed("Emplois Ain", "DEPARTEMENT:01", "EMPLOYMENT", "EMERGING");
        closed(sameTerritory, "ACHIEVED");
        UUID ancestor = proposed("Emplois Auvergne-Rhône-Alpes", "REGION:84", "EMPLOYMENT", "EMERGING");
        closed(ancestor, "SCALED");
        UUID descendant = proposed("Emplois Bourg", "01053", "EMPLOYMENT", "EMERGING");
        closed(descendant, "ACHIEVED");
        UUID abandonedOld = proposedBeforeObjectives("Emplois anciens", "DEPARTEMENT:26", "EMPLOYMENT");
        Events.alliance("org.maillage.alliance.state-changed.v1", abandonedOld, """
                {"allianceId": "%s", "from": "EMERGING", "to": "ABANDONED", "reason": "no funding"}""".formatted(abandonedOld));

        UUID shuttle = proposed("Navettes de la Drôme", "DEPARTEMENT:26", "MOBILITY", "ACTIVE",
                objective("Voyageurs transportés", null, "1000", "{\"value\": 1200, \"reached\": true, \"measuredOn\": \"2025-12-31\"}"));
        closed(shuttle, "HANDED_OVER");
        UUID replica = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", replica, proposal(replica, "Navettes de Haute-Savoie",
                "DEPARTEMENT:74", "MOBILITY", "EMERGING", "", "\"" + shuttle + "\""));
        Events.alliance("org.maillage.alliance.replicated.v1", replica, """
                {"allianceId": "%s", "replicatedFrom": "%s", "territories": ["74"], "replicatedAt": "2026-04-01T09:00:00Z"}"""
                .formatted(replica, shuttle));
        closed(replica, "ACHIEVED");

        proposed("Santé dans l'Ain", "DEPARTEMENT:01", "HEALTH", "ACTIVE");
        UUID health = proposed("Santé en Isère", "DEPARTEMENT:38", "HEALTH", "EMERGING");
        closed(health, "ACHIEVED");

        awaitProjected(isere, "CLOSED/ACHIEVED");
        awaitProjected(rhone, "CLOSED/SCALED");
        awaitProjected(savoie, "ACTIVE/");
        awaitProjected(grenoble, "ACTIVE/");
        awaitProjected(notReached, "ACTIVE/");
        awaitProjected(sameTerritory, "CLOSED/ACHIEVED");
        awaitProjected(ancestor, "CLOSED/SCALED");
        awaitProjected(descendant, "CLOSED/ACHIEVED");
        awaitProjected(abandonedOld, "ABANDONED/");
        awaitProjected(shuttle, "CLOSED/HANDED_OVER");
        awaitProjected(replica, "CLOSED/ACHIEVED");
        awaitProjected(health, "CLOSED/ACHIEVED");

        // events from before objectives and replications existed: none known, not a replication
        assertEquals("[]", Sql.query(dataSource, "SELECT objectives FROM known_alliance WHERE id = '" + abandonedOld + "'"));
        assertNull(Sql.query(dataSource, "SELECT replicated_from FROM known_alliance WHERE id = '" + rhone + "'"));
        assertEquals(shuttle.toString(), Sql.query(dataSource, "SELECT replicated_from FROM known_alliance WHERE id = '"
                + replica + "'"));

        suggestions("").body("diagnosticId", equalTo(diagnosticId))
                .body("period", equalTo("2017"))
                // the HEALTH priority is covered by the alliance acting in the Ain: it gets no suggestion
                .body("items.priorityRank", contains(1, 2))
                .body("items[0].indicator", equalTo("sg_jobless"))
                .body("items[0].candidates", equalTo(4))
                .body("items[0].suggestions.allianceId", contains(rhone.toString(), isere.toString(), savoie.toString()))
                .body("items[0].suggestions.standing", contains("SCALED", "ACHIEVED", "ACTING"))
                .body("items[0].suggestions.match", contains("THEME", "INDICATOR", "INDICATOR"))
                .body("items[0].suggestions.profileDistance", contains(47.22, 16.67, 45.83))
                .body("items[0].suggestions.indicatorsCompared", contains(3, 3, 2))
                .body("items[0].suggestions.comparedTerritory.code", contains("69", "38", "73"))
                .body("items[0].suggestions[1].outcome", equalTo("ACHIEVED"))
                .body("items[0].suggestions[1].objectives[0].result.value", equalTo(8.7))
                .body("items[0].suggestions[1].objectives[0].result.reached", equalTo(true))
                .body("items[0].suggestions[0].objectives.size()", equalTo(0))
                .body("items[0].suggestions.reason", contains(
                        "acts on the theme EMPLOYMENT; closed SCALED; indicator profile of Rhône (DEPARTEMENT 69) 47.22"
                                + " percentile points apart over 3 indicators",
                        "reached its objective on sg_jobless (target 9.0, measured 8.7 on 2026-03-31); closed ACHIEVED;"
                                + " indicator profile of Isère (DEPARTEMENT 38) 16.67 percentile points apart over 3 indicators",
                        "reached its objective on sg_jobless (target 5, measured 4.5 on 2026-02-28); still ACTIVE;"
                                + " indicator profile of Savoie (DEPARTEMENT 73) 45.83 percentile points apart over 2 indicators"))
                .body("items[1].theme", equalTo("MOBILITY"))
                .body("items[1].candidates", equalTo(2))
                .body("items[1].suggestions.allianceId", contains(replica.toString(), shuttle.toString()))
                .body("items[1].suggestions[0].replicatedFrom", equalTo(shuttle.toString()))
                .body("items[1].suggestions[1].replicatedFrom", nullValue())
                .body("items[1].suggestions.reason", contains(
                        "acts on the theme MOBILITY; closed ACHIEVED; indicator profile of Haute-Savoie (DEPARTEMENT 74)"
                                + " 45.83 percentile points apart over 2 indicators",
                        "acts on the theme MOBILITY; reached its objective 'Voyageurs transportés' (target 1000, measured"
                                + " 1200 on 2025-12-31); closed HANDED_OVER; indicator profile of Drôme (DEPARTEMENT 26)"
                                + " 54.17 percentile points apart over 2 indicators"));

        // past the default three: the alliance without a territory observed in both comes last
        suggestions("&limit=20").body("items[0].suggestions.allianceId", contains(rhone.toString(), isere.toString(),
                        savoie.toString(), grenoble.toString()))
                .body("items[0].suggestions[3].profileDistance", nullValue())
                .body("items[0].suggestions[3].comparedTerritory", nullValue())
                .body("items[0].suggestions[3].indicatorsCompared", equalTo(0))
                .body("items[0].suggestions[3].reason", equalTo("acts on the theme EMPLOYMENT; reached its objective"
                        + " 'Ateliers CV' (target 100, measured 120 on 2026-01-15); still ACTIVE; no indicator observed in"
                        + " both territories"));
        suggestions("&limit=1").body("items[0].suggestions.allianceId", contains(rhone.toString()))
                .body("items[0].candidates", equalTo(4));
    }

    @Test
    void refusesALimitOutOfRangeAndATerritoryWithoutPublishedDiagnostic() {
        for (String limit : new String[] {"0", "21", "three"}) {
            given().get("/api/v1/territories/01/suggestions?level=DEPARTEMENT&limit=" + limit).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
        given().get("/api/v1/territories/2B033/suggestions").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/territories/00000/suggestions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private String publishedDiagnosticOfTheAin() {
        Fixtures.indicator("sg_jobless", "HIGHER_IS_WORSE", "NONE", "EMPLOYMENT");
        Fixtures.indicator("sg_school", "HIGHER_IS_WORSE", "NONE", "EDUCATION");
        Fixtures.indicator("sg_green", "HIGHER_IS_BETTER", "NONE", "ENVIRONMENT");
        given().contentType("text/csv; charset=UTF-8").queryParam("period", "2017").queryParam("level", "DEPARTEMENT")
                .body("""
                        CODGEO;sg_jobless;sg_school;sg_green
                        01;12;5;50
                        38;10;5;40
                        69;8;9;30
                        73;6;1;
                        74;4;3;
                        26;2;7;
                        """).post("/api/v1/observation-imports/csv").then().statusCode(200);
        UUID facilitator = Events.actorRegistered("Maison de l'emploi de l'Ain", "ASSOCIATION", "NONPROFIT", null);
        Actors.awaitKnown(dataSource, facilitator);
        String diagnosticId = DiagnosticFixture.diagnose("""
                {"territoryCode": "01", "level": "DEPARTEMENT", "period": "2017",
                 "indicators": ["sg_jobless", "sg_school", "sg_green"]}""");
        String jobless = given().get("/api/v1/diagnostics/" + diagnosticId).then()
                .body("fragilities.indicator", contains("sg_jobless")).extract().path("fragilities[0].id");
        String conversation = given().contentType(ContentType.JSON).body("""
                        {"diagnosticId": "%s", "heldOn": "2026-04-02", "facilitator": {"name": "Inès Garnier",
                         "actorId": "%s"}, "participants": ["%s"]}""".formatted(diagnosticId, facilitator, facilitator))
                .post("/api/v1/conversations").then().statusCode(201).extract().path("id");
        String base = "/api/v1/conversations/" + conversation;
        String buses = added(base, "Pas de bus le dimanche", "MOBILITY", facilitator);
        String doctors = added(base, "Pas de médecin à Oyonnax", "HEALTH", facilitator);
        given().contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}").put(base + "/verdicts/" + jobless)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"fragilityIds\": [\"%s\", \"%s\", \"%s\"]}"
                        .formatted(jobless, buses, doctors))
                .put(base + "/rankings/" + facilitator).then().statusCode(200);
        given().contentType(ContentType.JSON).body("").post(base + "/adoption").then().statusCode(200);
        return diagnosticId;
    }

    private static String added(String conversation, String title, String theme, UUID by) {
        return given().contentType(ContentType.JSON).body("""
                        {"title": "%s", "theme": "%s", "proposedBy": "%s"}""".formatted(title, theme, by))
                .post(conversation + "/fragilities").then().statusCode(201).extract().path("id");
    }

    private static String objective(String title, String indicator, String target, String result) {
        return OBJECTIVE.formatted(title, indicator == null ? "null" : '"' + indicator + '"', target,
                result == null ? "null" : result);
    }

    /** A proposal as alliances-service publishes it now: objectives always present, replicatedFrom null. */
    private static UUID proposed(String name, String territory, String theme, String state, String... objectives) {
        UUID id = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", id, proposal(id, name, territory, theme, state,
                String.join(", ", objectives), "null"));
        return id;
    }

    /** A proposal published before objectives and replications were part of it. */
    private static UUID proposedBeforeObjectives(String name, String territory, String theme) {
        UUID id = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", id, """
                {"allianceId": "%s", "name": "%s", "state": "EMERGING", "members": [], "territories": ["%s"],
                 "themes": ["%s"], "proposedAt": "2025-01-10T08:00:00Z"}""".formatted(id, name, territory, theme));
        return id;
    }

    private static String proposal(UUID id, String name, String territory, String theme, String state, String objectives,
                                   String replicatedFrom) {
        return """
                {"allianceId": "%s", "name": "%s", "state": "%s", "members": [], "territories": ["%s"], "themes": [%s],
                 "objectives": [%s], "replicatedFrom": %s, "proposedAt": "2025-01-10T08:00:00Z"}"""
                .formatted(id, name, state, territory, theme == null ? "" : '"' + theme + '"', objectives, replicatedFrom);
    }

    private static void closed(UUID alliance, String outcome) {
        Events.alliance("org.maillage.alliance.state-changed.v1", alliance, """
                {"allianceId": "%s", "from": "CLOSING", "to": "CLOSED", "reason": null, "outcome": "%s",
                 "changedAt": "2026-04-20T10:00:00Z"}""".formatted(alliance, outcome));
    }

    private void awaitProjected(UUID alliance, String stateAndOutcome) {
        assertTrue(Eventually.holds(() -> stateAndOutcome.equals(Sql.query(dataSource,
                        "SELECT state || '/' || coalesce(outcome, '') FROM known_alliance WHERE id = '" + alliance + "'")),
                Duration.ofSeconds(30)), "alliance " + alliance + " never reached " + stateAndOutcome);
    }

    private static ValidatableResponse suggestions(String query) {
        return given().config(DiagnosticFixture.DOUBLES).get("/api/v1/territories/01/suggestions?level=DEPARTEMENT" + query)
                .then().statusCode(200).contentType(ContentType.JSON);
    }
}
