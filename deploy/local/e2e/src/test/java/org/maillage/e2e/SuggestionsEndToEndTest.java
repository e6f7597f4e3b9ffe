package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.e2e.tenancy.Partners;
import org.maillage.local.LocalSuite;
import org.maillage.testsupport.Eventually;

/**
 * Through the gateway, with every service real: an alliance in the Nord closes ACHIEVED on mobility, and the
 * Gironde's uncovered mobility priority is offered it, in the suggestions and in the territory's overview. The
 * alliance is proven by its outcome, which state-changed.v1 already carries; its objectives reach diagnostics
 * once alliances-service publishes them.
 */
@ExtendWith(SharedSuite.class)
class SuggestionsEndToEndTest {

    private static final Duration PROJECTION = Duration.ofSeconds(60);
    private static final String GIRONDE = "/api/v1/territories/33";

    private static String adminKey;

    @BeforeAll
    static void useSuite() {
        LocalSuite suite = SharedSuite.throughGateway();
        adminKey = suite.adminApiKey();
    }

    @Test
    void anUncoveredPriorityIsOfferedAnAllianceThatSucceededElsewhere() {
        String alliance = closedAchievedInTheNord();
        String diagnostic = girondePublishedWithAMobilityPriority();

        String suggestions = GIRONDE + "/suggestions?level=DEPARTEMENT&diagnosticId=" + diagnostic;
        String path = "items.find { it.theme == 'MOBILITY' }.suggestions.find { it.allianceId == '" + alliance + "' }";
        assertTrue(Eventually.holds(() -> admin().get(suggestions).then().extract().path(path) != null, PROJECTION),
                "the closed alliance was never suggested for the mobility priority");
        admin().get(suggestions).then().statusCode(200)
                .body(path + ".standing", equalTo("ACHIEVED"))
                .body(path + ".match", equalTo("THEME"))
                .body(path + ".comparedTerritory.code", equalTo("59"))
                .body(path + ".indicatorsCompared", greaterThan(0))
                .body(path + ".reason", containsString("closed ACHIEVED"));
        admin().get(GIRONDE + "/overview?level=DEPARTEMENT").then().statusCode(200)
                .body("suggestions.diagnosticId", equalTo(diagnostic))
                .body("suggestions.items.suggestions.flatten().allianceId", hasItem(alliance))
                .body("degraded", empty());

        admin().get(GIRONDE + "/suggestions?level=DEPARTEMENT&limit=21").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        admin().get("/api/v1/territories/00/suggestions?level=DEPARTEMENT").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Through the whole lifecycle, as a lead would take it; the admin's key acts for every member. */
    private static String closedAchievedInTheNord() {
        String lead = registered("Mobilités du Nord", "ASSOCIATION");
        String funder = registered("Transports Flandre", "COMPANY");
        String alliance = Created.eventually(() -> json(Map.of("name", "Covoiturage solidaire du Nord",
                "purpose", "Rides to work for people without a car", "type", "SOCIETAL_INNOVATION",
                "territories", List.of("59"), "themes", List.of("MOBILITY"),
                "objectives", List.of(Map.of("title", "Residents back to work", "indicator", "demo_unemployment_rate",
                        "target", 8)),
                "members", List.of(Map.of("actorId", lead, "role", "LEAD"), Map.of("actorId", funder, "role", "FUNDER"))))
                .post("/api/v1/alliances"), "alliances-service did not learn the members");
        String path = "/api/v1/alliances/" + alliance;
        transition(path, "SCOPING");
        transition(path, "BUILDING");
        String skills = commitment(path, lead, "SKILLS", 30, "person-days");
        String money = commitment(path, funder, "FINANCIAL", 20000, "EUR");
        for (String state : List.of("AGREED", "ACTIVE", "UNDER_REVIEW", "CLOSING")) {
            transition(path, state);
        }
        json(Map.of("status", "DELIVERED")).put(path + "/commitments/" + skills + "/status").then().statusCode(200);
        json(Map.of("status", "DELIVERED")).put(path + "/commitments/" + money + "/status").then().statusCode(200);
        json(Map.of("to", "CLOSED", "outcome", "ACHIEVED", "reason", "rides to work for 400 residents")).post(path + "/transitions")
                .then().statusCode(200).body("state", equalTo("CLOSED"));
        return alliance;
    }

    /** The demo data's diagnostic of the Gironde, its conversation adding a mobility need, adopted. */
    private static String girondePublishedWithAMobilityPriority() {
        Partners partners = new Partners(SharedSuite.suite());
        Partners.Partner steward = partners.create("Agence des mobilités de Gironde", "PUBLIC_INSTITUTION");
        Partners.Partner participant = partners.create("Centre social de Libourne", "ASSOCIATION");
        Response diagnosed = steward.json(Map.of("territoryCode", "33", "level", "DEPARTEMENT", "period", "2024"))
                .post("/api/v1/diagnostics");
        assertEquals(201, diagnosed.statusCode(), diagnosed.asString());
        String diagnostic = diagnosed.path("id");
        String path = "/api/v1/conversations/" + partners.openedBy(steward, diagnostic, participant);
        List<String> found = steward.call().get("/api/v1/diagnostics/" + diagnostic).then().statusCode(200)
                .extract().path("fragilities.findAll { it.origin == 'DATA' }.id");
        for (String fragility : found == null ? List.<String>of() : found) {
            steward.json(Map.of("verdict", "CONFIRMED")).put(path + "/verdicts/" + fragility).then().statusCode(200);
        }
        String buses = steward.json(Map.of("title", "Pas de bus vers les zones d'emploi", "theme", "MOBILITY",
                "proposedBy", participant.organisationId())).post(path + "/fragilities")
                .then().statusCode(201).extract().path("id");
        steward.json(Map.of("fragilityIds", List.of(buses))).put(path + "/rankings/" + steward.organisationId())
                .then().statusCode(200);
        steward.call().contentType(ContentType.JSON).post(path + "/adoption").then().statusCode(200);
        return diagnostic;
    }

    private static String registered(String name, String kind) {
        return json(Map.of("name", name, "kind", kind)).post("/api/v1/actors").then().statusCode(201).extract().path("id");
    }

    private static String commitment(String alliance, String member, String kind, int amount, String unit) {
        Response response = json(Map.of("memberActorId", member, "kind", kind, "amount", amount, "unit", unit))
                .post(alliance + "/commitments");
        assertEquals(201, response.statusCode(), response.asString());
        String location = response.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void transition(String alliance, String to) {
        Response response = json(Map.of("to", to, "reason", "next step")).post(alliance + "/transitions");
        assertEquals(200, response.statusCode(), response.asString());
    }

    private static RequestSpecification admin() {
        return given().header("X-API-Key", adminKey);
    }

    private static RequestSpecification json(Object body) {
        return admin().contentType(ContentType.JSON).body(body);
    }
}
