package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

/**
 * The conversation list on the fixture: Villanova (commune 2A351) and Ajaccio (2A004) are in the CA du Pays
 * Ajaccien (EPCI 242010056) and the département 2A, Bastia (2B033) in the département 2B, all three in the région
 * Corse (94). The conversations of this class are the only ones held in 2019, which keeps other classes' out.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ConversationListTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String LIST = "/api/v1/conversations";
    private static final String IN_2019 = "from=2019-01-01&to=2019-12-31";

    /** Opened in this order: Villanova (OPEN), Ajaccio (ADOPTED), Bastia (OPEN). */
    private record Seeded(UUID facilitator, UUID participant, UUID outsider, String villanova, String ajaccio,
                          String bastia, String bastiaDiagnostic) {
    }

    private static Seeded seeded;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        if (seeded != null) {
            return;
        }
        DiagnosticFixture.load();
        UUID facilitator = Events.actorRegistered("Centre social du Prunelli", "ASSOCIATION", "NONPROFIT", null);
        UUID participant = Events.actorRegistered("Mairie du Prunelli", "LOCAL_AUTHORITY", "PUBLIC", null);
        UUID outsider = Events.actorRegistered("Bureau d'études lointain", "COMPANY", "PRIVATE", null);
        Actors.awaitKnown(dataSource, facilitator, participant, outsider);
        String villanova = open(as(facilitator), diagnose("2A351"), "2019-03-05", participant);
        String ajaccioDiagnostic = diagnose("2A004");
        String ajaccio = open(given(), ajaccioDiagnostic, "2019-03-28", participant);
        adopt(ajaccio, ajaccioDiagnostic, participant);
        // Bastia has a value of fx_rate only, and no parent with one.
        String bastiaDiagnostic = DiagnosticFixture.diagnose(
                "{\"territoryCode\": \"2B033\", \"period\": \"2015\", \"indicators\": [\"fx_rate\"]}");
        String bastia = open(as(facilitator), bastiaDiagnostic, "2019-04-02", participant);
        seeded = new Seeded(facilitator, participant, outsider, villanova, ajaccio, bastia, bastiaDiagnostic);
    }

    @Test
    void aTerritoryFindsTheConversationsOfItselfAndOfTheTerritoriesInsideIt() {
        assertEquals(List.of(seeded.villanova(), seeded.ajaccio(), seeded.bastia()), ids("territory=REGION:94"));
        assertEquals(List.of(seeded.villanova(), seeded.ajaccio()), ids("territory=DEPARTEMENT:2A"));
        assertEquals(List.of(seeded.villanova(), seeded.ajaccio()), ids("territory=EPCI:242010056"));
        assertEquals(List.of(seeded.villanova()), ids("territory=2A351"));
        assertEquals(List.of(seeded.bastia()), ids("territory=2B"));
        // As the alliance list reads it: level and code in any case, a bare code names its smallest territory.
        assertEquals(List.of(seeded.bastia()), ids("territory=commune:2b033"));
        assertEquals(List.of(), ids("territory=94"));
        assertEquals(List.of(), ids("territory=DEPARTEMENT:93"));
    }

    @Test
    void diagnosticStateAndDayFilterAndCombine() {
        given().get(LIST + "?diagnostic=" + seeded.bastiaDiagnostic()).then().statusCode(200)
                .body("items.id", contains(seeded.bastia()));
        given().get(LIST + "?diagnostic=" + UUID.randomUUID()).then().statusCode(200).body("items", empty());
        assertEquals(List.of(seeded.ajaccio()), ids("state=ADOPTED"));
        assertEquals(List.of(seeded.villanova(), seeded.bastia()), ids("state=OPEN"));
        assertEquals(List.of(seeded.villanova(), seeded.ajaccio(), seeded.bastia()), ids("state=OPEN&state=ADOPTED"));
        assertEquals(List.of(seeded.bastia()), ids("state=OPEN&territory=DEPARTEMENT:2B"));

        // "The conversations of March" are those held in March: both bounds are included.
        assertEquals(List.of(seeded.villanova(), seeded.ajaccio()),
                idsOf(LIST + "?from=2019-03-01&to=2019-03-31"));
        assertEquals(List.of(seeded.ajaccio()), idsOf(LIST + "?from=2019-03-28&to=2019-03-28"));
        assertEquals(List.of(seeded.bastia()), idsOf(LIST + "?from=2019-04-01&to=2019-12-31"));
        assertEquals(List.of(seeded.villanova()), idsOf(LIST + "?from=2019-01-01&to=2019-03-05&territory=REGION:94"));
        List<String> open = idsOf(LIST + "?to=2019-12-31&state=OPEN");
        assertTrue(open.containsAll(List.of(seeded.villanova(), seeded.bastia())) && !open.contains(seeded.ajaccio()), open::toString);
    }

    @Test
    void pagesFollowOneAnotherToTheLastWhichHasNoNextCursor() {
        String first = LIST + "?territory=REGION:94&" + IN_2019 + "&limit=1";
        List<String> seen = new ArrayList<>();
        String url = first;
        for (int page = 0; page < 3; page++) {
            ExtractableResponse<Response> response = given().get(url).then().statusCode(200).extract();
            seen.addAll(response.path("items.id"));
            String next = response.path("nextCursor");
            if (page == 2) {
                assertNull(next, "the last page has no nextCursor");
                assertNull(response.header("Link"));
                assertTrue(!response.body().asString().contains("nextCursor"), "nextCursor is absent, not null");
            } else {
                String link = response.header("Link");
                assertTrue(link.contains("rel=\"next\"") && link.contains("cursor=" + next)
                        && link.contains("territory=REGION%3A94") && link.contains("limit=1"), link);
                url = first + "&cursor=" + next;
            }
        }
        assertEquals(List.of(seeded.villanova(), seeded.ajaccio(), seeded.bastia()), seen);
        given().get(LIST + "?territory=REGION:94&" + IN_2019 + "&limit=2").then()
                .body("items.id", contains(seeded.villanova(), seeded.ajaccio()));
    }

    @Test
    void updatedSinceListsTheConversationsChangedSinceInTheOrderOfTheirLastChange() {
        String since = Instant.now().minusMillis(1).toString();
        String changes = LIST + "?" + IN_2019 + "&updatedSince=" + since;
        given().get(changes).then().statusCode(200).body("items", empty());

        String rate = fragility(seeded.villanova());
        as(seeded.facilitator()).contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}")
                .put(LIST + "/" + seeded.villanova() + "/verdicts/" + rate).then().statusCode(200);
        as(seeded.participant()).contentType(ContentType.JSON).body("{\"fragilityIds\": [\"" + fragility(seeded.bastia()) + "\"]}")
                .put(LIST + "/" + seeded.bastia() + "/rankings/" + seeded.participant()).then().statusCode(200);
        assertEquals(List.of(seeded.villanova(), seeded.bastia()), pagedIds(changes + "&limit=1"));

        as(seeded.facilitator()).contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}")
                .put(LIST + "/" + seeded.villanova() + "/verdicts/" + rate).then().statusCode(200);
        assertEquals(List.of(seeded.bastia(), seeded.villanova()), pagedIds(changes + "&limit=1"));
        List<String> updated = given().get(changes).then().extract().path("items.updatedAt");
        assertTrue(Instant.parse(updated.get(0)).isBefore(Instant.parse(updated.get(1))), updated::toString);
        given().get(changes + "&state=ADOPTED").then().body("items", empty());
        given().get(LIST + "?updatedSince=" + Instant.now().plusSeconds(60)).then().body("items", empty());
    }

    @Test
    void everyReaderGetsEachConversationAsItsOwnReadShowsIt() {
        Map<String, Object> single = given().get(LIST + "/" + seeded.villanova()).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        String villanova = LIST + "?territory=2A351&" + IN_2019;
        for (RequestSpecification reader : List.of(given(), as(seeded.facilitator()), as(seeded.participant()),
                as(seeded.outsider()), given().header(TestIdentity.HEADER, TestIdentity.token("front-end-user", null,
                        "diagnostics:read")))) {
            Map<String, Object> listed = reader.get(villanova).then().statusCode(200)
                    .body("items", hasSize(1)).extract().jsonPath().getMap("items[0]");
            assertEquals(single, listed);
        }
        given().get(villanova).then().body("items[0]", not(hasKey("adoptedAt")))
                .body("items[0].facilitator.actorId", equalTo(seeded.facilitator().toString()))
                .body("items[0].adoptionBlockers", not(empty()));
        given().get(LIST + "?territory=2A004&" + IN_2019).then()
                .body("items[0].state", equalTo("ADOPTED")).body("items[0].diagnosticState", equalTo("PUBLISHED"))
                .body("items[0].priorities", not(empty())).body("items[0].adoptionBlockers", empty());
    }

    @Test
    void badFiltersAreProblemsNamingTheParameterAndUnknownTerritoriesAsForDiagnostics() {
        given().get(LIST + "?state=open").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("state")).body("errors[0].message", containsString("[OPEN, ADOPTED]"));
        given().get(LIST + "?state=OPEN&state=CLOSED").then().statusCode(400).body("detail", containsString("CLOSED"));
        given().get(LIST + "?state=OPEN&state=ADOPTED&state=OPEN").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("state")).body("errors.code", contains("TooMany"));
        for (String unknown : List.of("REGION:99", "PLANET:2A", "ZZ", "COMMUNE:")) {
            given().get(LIST + "?territory=" + unknown).then().statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("territory")).body("errors.code", contains("UnknownTerritory"));
        }
        // The diagnostic list answers an unknown territory alike.
        given().get("/api/v1/diagnostics?territory=ZZ").then().statusCode(422).body("errors.code", contains("UnknownTerritory"));
        given().get(LIST + "?territory=" + "A".repeat(Bounds.TERRITORY_FILTER + 1)).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", contains("territory"));
        given().get(LIST + "?from=2019-13-01").then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("from"));
        given().get(LIST + "?to=March").then().statusCode(400).body("errors.field", contains("to"));
        given().get(LIST + "?from=2019-04-01&to=2019-03-01").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("from")).body("errors.code", contains("AfterTo"));
        given().get(LIST + "?diagnostic=123").then().statusCode(400).body("errors.field", contains("diagnostic"));
        given().get(LIST + "?updatedSince=yesterday").then().statusCode(400).body("errors.field", contains("updatedSince"));
        given().get(LIST + "?cursor=bm90LWEtY3Vyc29y").then().statusCode(400).body("errors.code", contains("InvalidCursor"));
        given().get(LIST + "?limit=0").then().statusCode(400).body("errors.field", contains("limit"));
        given().get(LIST + "?state=").then().statusCode(400).body("errors.field", contains("state"));
        // The widest dates PostgreSQL and the contract share are filters like any other.
        given().get(LIST + "?from=0000-01-01&to=9999-12-31&territory=2A351").then().statusCode(200)
                .body("items.id", hasItem(seeded.villanova()));
    }

    private static List<String> ids(String filters) {
        return idsOf(LIST + "?" + IN_2019 + "&" + filters);
    }

    private static List<String> idsOf(String url) {
        return given().get(url).then().statusCode(200).extract().path("items.id");
    }

    private static List<String> pagedIds(String first) {
        List<String> ids = new ArrayList<>();
        String url = first;
        for (int page = 0; page < 10; page++) {
            ExtractableResponse<Response> response = given().get(url).then().statusCode(200).extract();
            ids.addAll(response.path("items.id"));
            String next = response.path("nextCursor");
            if (next == null) {
                return ids;
            }
            url = first + "&cursor=" + next;
        }
        throw new AssertionError("more pages than conversations: " + ids);
    }

    private static String diagnose(String commune) {
        return DiagnosticFixture.diagnose("{\"territoryCode\": \"" + commune + "\", \"period\": \"2015\","
                + " \"indicators\": [\"fx_rate\", \"fx_good\", \"fx_old\"], \"reference\": {\"type\": \"PARENT\"}}");
    }

    private static String open(RequestSpecification caller, String diagnosticId, String heldOn, UUID participant) {
        return caller.contentType(ContentType.JSON).body("""
                        {"diagnosticId": "%s", "heldOn": "%s", "facilitator": {"name": "Anna Leca"},
                         "participants": ["%s"]}""".formatted(diagnosticId, heldOn, participant))
                .post(LIST).then().statusCode(201).extract().path("id");
    }

    /** A fragility of the conversation that may be ranked: one found in the data, or one added for the purpose. */
    private static String fragility(String conversation) {
        List<String> found = given().get(LIST + "/" + conversation).then().extract().path("fragilities.id");
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return given().contentType(ContentType.JSON).body("{\"title\": \"Empty shops\", \"theme\": \"EMPLOYMENT\","
                        + " \"proposedBy\": \"" + seeded.participant() + "\"}")
                .post(LIST + "/" + conversation + "/fragilities").then().statusCode(201).extract().path("id");
    }

    private static void adopt(String conversation, String diagnosticId, UUID participant) {
        String base = LIST + "/" + conversation;
        List<String> found = given().get("/api/v1/diagnostics/" + diagnosticId).then().extract().path("fragilities.id");
        found.forEach(f -> given().contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}")
                .put(base + "/verdicts/" + f).then().statusCode(200));
        String added = given().contentType(ContentType.JSON).body("{\"title\": \"Empty shops\", \"theme\": \"EMPLOYMENT\","
                + " \"proposedBy\": \"" + participant + "\"}").post(base + "/fragilities").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"fragilityIds\": [\"" + added + "\"]}").put(base + "/rankings/" + participant)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("").post(base + "/adoption").then().statusCode(200);
    }

    private static RequestSpecification as(UUID organisation) {
        return given().header(TestIdentity.HEADER, TestIdentity.partner(organisation, "diagnostics:read", "diagnostics:write"));
    }
}
