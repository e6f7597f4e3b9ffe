package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.actors.ActorJson.MERGE_PATCH;
import static org.maillage.actors.ActorJson.PROBLEM;
import static org.maillage.actors.ActorJson.register;
import static org.maillage.actors.ActorJson.withTerritories;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

/** GET /api/v1/people: people across organisations, filtered, paged and shown as each organisation's list shows them. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class PeopleDirectoryTest {

    private static final String DIRECTORY = "/api/v1/people";
    private static final Random RANDOM = new Random();

    @Test
    void eachFilterAloneAndCombined() {
        String tag = tag();
        String saintDenis = register(withTerritories("Saint-Denis " + tag, "ASSOCIATION", "[{\"code\":\"93066\"}]"));
        String ain = register(withTerritories("Ain " + tag, "ASSOCIATION", "[{\"code\":\"01004\"}]"));
        String ileDeFrance = register(withTerritories("IDF " + tag, "PUBLIC_INSTITUTION",
                "[{\"level\":\"REGION\",\"code\":\"11\"}]"));
        String helene = add(saintDenis, person("Hélène " + tag, "Catalyseuse territoriale", "TERRITORIAL_CATALYST"));
        String marc = add(saintDenis, person("Marc " + tag, "Médiateur", "INTER_ORGANISATION_MEDIATOR"));
        String heleneAin = add(ain, person("HELENE " + tag, "Directrice", "STRATEGIC_PARTNERSHIP_DIRECTOR"));
        String ines = add(ileDeFrance, person("Inès " + tag, null, "TERRITORIAL_CATALYST", "OTHER"));

        // q alone, then accent- and case-insensitive on the name, and on the job title.
        assertEquals(List.of(helene, marc, heleneAin, ines), ids("q", tag));
        assertEquals(List.of(helene, heleneAin), ids("q", "helene " + tag));
        assertEquals(List.of(helene, heleneAin), ids("q", "HÉLÈNE " + tag));
        assertEquals(List.of(helene), ids("q", "catalyseuse " + tag));
        assertEquals(List.of(marc), ids("q", "mediat " + tag));

        // Any of the professions asked.
        assertEquals(List.of(helene, ines), ids("q", tag, "profession", "TERRITORIAL_CATALYST"));
        assertEquals(List.of(helene, marc, ines),
                ids("q", tag, "profession", "TERRITORIAL_CATALYST", "profession", "INTER_ORGANISATION_MEDIATOR"));

        // The territory of the organisation, both ways: a commune's organisation is found by its département and
        // region, a region's by the communes inside it.
        assertEquals(List.of(helene, marc, ines), ids("q", tag, "territory", "93"));
        assertEquals(List.of(helene, marc, ines), ids("q", tag, "territory", "REGION:11"));
        assertEquals(List.of(helene, marc, ines), ids("q", tag, "territory", "93066"));
        assertEquals(List.of(heleneAin), ids("q", tag, "territory", "01"));

        assertEquals(List.of(heleneAin), ids("actor", ain));
        assertEquals(List.of(helene, marc, heleneAin), ids("actor", ain, "actor", saintDenis));
        assertEquals(List.of(), ids("actor", UUID.randomUUID().toString()));

        // Alone, over the whole registry the other tests fill too.
        List<String> catalysts = walk(500, "profession", "TERRITORIAL_CATALYST");
        assertTrue(catalysts.containsAll(List.of(helene, ines)), "catalysts found without any other filter");
        assertFalse(catalysts.contains(marc) || catalysts.contains(heleneAin), "only catalysts");
        List<String> seineSaintDenis = walk(500, "territory", "93");
        assertTrue(seineSaintDenis.containsAll(List.of(helene, marc, ines)), "found by the département alone");
        assertFalse(seineSaintDenis.contains(heleneAin), "the Ain is not in Seine-Saint-Denis");

        // A catalyst looking for the catalysts and mediators of Seine-Saint-Denis.
        assertEquals(List.of(helene, marc, ines), ids("q", tag, "territory", "93",
                "profession", "TERRITORIAL_CATALYST", "profession", "INTER_ORGANISATION_MEDIATOR"));
        assertEquals(List.of(helene), ids("q", "helene", "territory", "93066", "profession", "TERRITORIAL_CATALYST",
                "actor", saintDenis));
        assertEquals(List.of(ines), ids("territory", "93", "profession", "OTHER", "actor", ileDeFrance, "actor", ain));
        assertEquals(List.of(), ids("q", tag, "territory", "01", "profession", "TERRITORIAL_CATALYST"));
    }

    @Test
    void updatedSinceListsTheLatestChangesLast() {
        String actor = register(ActorJson.minimal("Synchro " + tag(), "ASSOCIATION"));
        String first = add(actor, person("Première", null, "OTHER"));
        String second = add(actor, person("Seconde", null, "OTHER"));
        String untouched = add(actor, person("Intacte", null, "OTHER"));
        String since = patch(actor, second, "{\"jobTitle\":\"Animatrice\"}").path("updatedAt");
        patch(actor, first, "{\"jobTitle\":\"Coordinatrice\"}");

        assertEquals(List.of(first, second, untouched), ids("actor", actor));
        assertEquals(List.of(second, first), walk(1, "actor", actor, "updatedSince", since));
        assertFalse(ids("actor", actor, "updatedSince", since).contains(untouched));
    }

    @Test
    void contactDataOnlyWithConsentAndEveryCallerSeesWhatTheOrganisationsListShows() {
        String actor = register(ActorJson.minimal("Consentement " + tag(), "ASSOCIATION"));
        String partner = register(ActorJson.minimal("Partenaire voisin " + tag(), "COMPANY"));
        String consenting = add(actor, """
                {"name":"Camille Martin","email":"camille@example.org","phone":"+33612345678",
                 "professions":["TERRITORIAL_CATALYST"],"contactConsent":true}""");
        String reserved = add(actor, person("Dominique Reserve", null, "TERRITORIAL_CATALYST"));

        Response page = given().queryParam("actor", actor).get(DIRECTORY).then().statusCode(200)
                .body("items[0].id", equalTo(consenting))
                .body("items[0].email", equalTo("camille@example.org"))
                .body("items[0].phone", equalTo("+33612345678"))
                .body("items[0].contactConsent", equalTo(true))
                .body("items[1].id", equalTo(reserved))
                .body("items[1]", not(hasKey("email"))).body("items[1]", not(hasKey("phone")))
                .body("items[1]", not(hasKey("consentRecordedAt")))
                .body("$", not(hasKey("nextCursor")))
                .extract().response();
        assertNotNull(page.path("items[0].consentRecordedAt"));

        // Withdrawn consent takes the contact data away everywhere.
        patch(actor, consenting, "{\"contactConsent\":false,\"email\":null,\"phone\":null}");
        given().queryParam("actor", actor).get(DIRECTORY).then().statusCode(200)
                .body("items[0]", not(hasKey("email"))).body("items[0]", not(hasKey("phone")));
        patch(actor, consenting, "{\"contactConsent\":true,\"email\":\"camille@example.org\"}");

        // An admin, a partner of another organisation and a caller acting for none: the directory shows each what
        // the organisation's own list shows it.
        for (String identity : List.of(TestIdentity.admin(),
                TestIdentity.partner(UUID.fromString(partner), "actors:read"),
                TestIdentity.token("front-end-user", null, "actors:read"))) {
            List<Object> ownList = as(identity).get("/api/v1/actors/" + actor + "/people").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            List<Object> directory = as(identity).queryParam("actor", actor).get(DIRECTORY).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            assertEquals(ownList, directory);
            assertEquals("camille@example.org", ((Map<?, ?>) directory.get(0)).get("email"));
        }
    }

    @Test
    void tombstonesOfRemovedAndErasedPeopleAndThePeopleOfArchivedOrganisationsOnlyWhenAsked() {
        String tag = tag();
        String actor = register(ActorJson.minimal("Départs " + tag, "ASSOCIATION"));
        String staying = add(actor, person("Restante " + tag, null, "TERRITORIAL_CATALYST"));
        String removed = add(actor, person("Partie " + tag, null, "TERRITORIAL_CATALYST"));
        String erased = add(actor, person("Effacée " + tag, null, "TERRITORIAL_CATALYST"));
        given().delete(people(actor) + "/" + removed).then().statusCode(200);
        given().post(people(actor) + "/" + erased + "/erasure").then().statusCode(200);

        assertEquals(List.of(staying), ids("actor", actor));
        assertEquals(List.of(staying, removed, erased), ids("actor", actor, "includeArchived", "true"));
        assertEquals(given().queryParam("includeArchived", true).get(people(actor)).then().extract().jsonPath().getList("items"),
                given().queryParam("actor", actor).queryParam("includeArchived", true).get(DIRECTORY).then().statusCode(200)
                        .body("items[1].removed", equalTo(true)).body("items[1].name", equalTo("Partie " + tag))
                        .body("items[2].erased", equalTo(true)).body("items[2]", not(hasKey("name")))
                        .extract().jsonPath().getList("items"));
        // A removed person keeps its name and profession, an erased one neither.
        assertEquals(List.of(staying), ids("q", tag, "profession", "TERRITORIAL_CATALYST"));
        assertEquals(List.of(staying, removed),
                ids("q", tag, "profession", "TERRITORIAL_CATALYST", "includeArchived", "true"));

        String archived = register(ActorJson.minimal("Fermée " + tag, "COMPANY"));
        String ofArchived = add(archived, person("Ancienne " + tag, null, "OTHER"));
        given().delete("/api/v1/actors/" + archived).then().statusCode(200);
        assertEquals(List.of(staying), ids("q", tag));
        assertEquals(List.of(staying, removed, ofArchived), ids("q", tag, "includeArchived", "true"));
        assertEquals(List.of(), ids("actor", archived));
    }

    @Test
    void pagesFollowOneAnotherThroughCursorAndLink() {
        String actor = register(ActorJson.minimal("Pages " + tag(), "ASSOCIATION"));
        List<String> added = IntStream.range(0, 5).mapToObj(i -> add(actor, person("Personne " + i, null, "OTHER"))).toList();

        Response first = given().queryParam("actor", actor).queryParam("limit", 2).get(DIRECTORY).then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).extract().response();
        String cursor = first.path("nextCursor");
        assertTrue(first.header("Link").contains("cursor=" + cursor), first.header("Link"));
        assertEquals(added.subList(0, 2), first.jsonPath().getList("items.id", String.class));
        Response last = given().queryParam("actor", actor).queryParam("limit", 2).queryParam("cursor", cursor)
                .get(DIRECTORY).then().statusCode(200).extract().response();
        assertEquals(added.subList(2, 4), last.jsonPath().getList("items.id", String.class));
        assertEquals(added, walk(2, "actor", actor));
        given().queryParam("actor", actor).queryParam("limit", 5).get(DIRECTORY).then().statusCode(200)
                .header("Link", nullValue()).body("$", not(hasKey("nextCursor")));
    }

    @Test
    void badFilterValuesAreProblemsNamingTheParameter() {
        String actor = register(ActorJson.minimal("Refus " + tag(), "ASSOCIATION"));
        add(actor, person("Inchangée", null, "OTHER"));
        refused(400, "profession", "profession", "JUGGLER").body("detail", containsString("TERRITORIAL_CATALYST"))
                .body("errors[0].message", containsString("INTER_ORGANISATION_MEDIATOR"));
        refused(400, "profession", "profession", "territorial_catalyst");
        refused(400, "profession", "profession", "OTHER", "profession", "OTHER").body("errors[0].code", equalTo("Duplicate"));
        refused(400, "profession", "profession", "");
        refused(400, "actor", "actor", "not-a-uuid");
        refused(400, "actor", "actor", actor, "actor", actor.toUpperCase());
        List<String> tooMany = new ArrayList<>();
        IntStream.range(0, 101).forEach(i -> Collections.addAll(tooMany, "actor", UUID.randomUUID().toString()));
        refused(400, "actor", tooMany.toArray(String[]::new));
        refused(422, "territory", "territory", "99").body("errors[0].code", equalTo("UnknownTerritory"));
        refused(422, "territory", "territory", "REGION:999");
        refused(400, "territory", "territory", "x".repeat(31));
        refused(400, "q", "q", "x".repeat(201));
        refused(400, "updatedSince", "updatedSince", "last week");
        refused(400, "includeArchived", "includeArchived", "yes");
        refused(400, "limit", "limit", "0");
        refused(400, "cursor", "cursor", "bm90IGEgY3Vyc29y");
        // Punctuation holds no word: nobody, rather than everybody.
        assertEquals(List.of(), ids("q", "!!!", "actor", actor));
        assertEquals(1, ids("actor", actor).size());
    }

    private static io.restassured.response.ValidatableResponse refused(int status, String field, String... params) {
        return request(params).get(DIRECTORY).then().statusCode(status).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
    }

    private static List<String> ids(String... params) {
        return request(params).queryParam("limit", 100).get(DIRECTORY).then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }

    private static List<String> walk(int limit, String... params) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = request(params).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(DIRECTORY).then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("nextCursor");
            assertEquals(cursor == null, page.header("Link") == null, "Link rel=next exactly when there is a next page");
        } while (cursor != null);
        return seen;
    }

    /** Parameters as name, value pairs; a name given twice is sent twice. */
    private static RequestSpecification request(String... params) {
        RequestSpecification request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request;
    }

    private static RequestSpecification as(String identity) {
        return given().header(TestIdentity.HEADER, identity);
    }

    private static String person(String name, String jobTitle, String... professions) {
        return "{\"name\":\"" + name + "\"" + (jobTitle == null ? "" : ",\"jobTitle\":\"" + jobTitle + "\"")
                + ",\"professions\":[\"" + String.join("\",\"", professions) + "\"]}";
    }

    private static String add(String actor, String body) {
        return given().contentType(ContentType.JSON).body(body).post(people(actor)).then().statusCode(201)
                .extract().path("id");
    }

    private static Response patch(String actor, String person, String body) {
        return given().contentType(MERGE_PATCH).body(body).patch(people(actor) + "/" + person).then().statusCode(200)
                .extract().response();
    }

    private static String people(String actor) {
        return "/api/v1/actors/" + actor + "/people";
    }

    /** A word of letters only, so that the search reads it as one word no other test uses. */
    private static String tag() {
        StringBuilder tag = new StringBuilder("zq");
        RANDOM.ints(10, 'a', 'z' + 1).forEach(c -> tag.append((char) c));
        return tag.toString();
    }
}
