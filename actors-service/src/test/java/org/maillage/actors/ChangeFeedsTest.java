package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.actors.ActorJson.PROBLEM;
import static org.maillage.actors.ActorJson.register;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

/** The change feeds of actors and people: commit order, tombstones, checkpoints bound to their feed. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ChangeFeedsTest {

    private static final String ACTORS = "/api/v1/actors/changes";
    private static final String PEOPLE = "/api/v1/people/changes";

    @Inject
    DataSource dataSource;

    @Test
    void everyKindOfActorChangeMovesItToTheEndOfTheFeedAndArchivesAndMergesAreTombstones() {
        String token = drain(ACTORS, null).token();
        String kept = register(ActorJson.minimal("Flux gardé " + UUID.randomUUID(), "ASSOCIATION"));
        String archived = register(ActorJson.minimal("Flux archivé " + UUID.randomUUID(), "COMPANY"));
        String survivor = register(ActorJson.minimal("Flux survivant " + UUID.randomUUID(), "FOUNDATION"));
        // Its territory goes to the survivor, so the merge changes both.
        String absorbed = register(ActorJson.withTerritories("Flux absorbé " + UUID.randomUUID(), "FOUNDATION",
                "[{\"code\":\"01004\"}]"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"Flux gardé renommé\",\"kind\":\"ASSOCIATION\"}")
                .put("/api/v1/actors/" + kept).then().statusCode(200);
        given().header("If-Match", "\"0\"").delete("/api/v1/actors/" + archived).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"absorbedId\":\"" + absorbed + "\"}")
                .post("/api/v1/actors/" + survivor + "/merge").then().statusCode(200);

        Drained changes = drain(ACTORS, token);
        assertEquals(List.of(kept, archived, absorbed, survivor), changes.ids(),
                "each actor once, in the order of the commit that changed it last");
        assertEquals("Flux gardé renommé", changes.item(kept).get("name"), "at its latest state");
        assertEquals(true, changes.item(archived).get("archived"));
        assertEquals(true, changes.item(absorbed).get("archived"));
        assertEquals(survivor, changes.item(absorbed).get("mergedInto"));
        assertEquals(1, ((List<?>) changes.item(survivor).get("territories")).size(), "the survivor as merged");

        Drained nothingNew = drain(ACTORS, changes.token());
        assertEquals(List.of(), nothingNew.ids());
        assertEquals(changes.token(), nothingNew.token(), "a client that caught up keeps its checkpoint");
    }

    @Test
    void anActorWhoseChangeCommitsLateIsNotSkippedByAClientThatReadPastIt() throws SQLException {
        String slow = register(ActorJson.minimal("Lent " + UUID.randomUUID(), "ASSOCIATION"));
        String token = drain(ACTORS, null).token();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // Changed first, committed last: its updatedAt is older than the other actor's.
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE actor SET description = 'plus tard', version = version + 1, updated_at = now() WHERE id = ?")) {
                update.setObject(1, UUID.fromString(slow));
                update.executeUpdate();
            }
            String quick = register(ActorJson.minimal("Rapide " + UUID.randomUUID(), "COMPANY"));
            Drained meanwhile = drain(ACTORS, token);
            assertEquals(List.of(quick), meanwhile.ids());
            connection.commit();

            Drained after = drain(ACTORS, meanwhile.token());
            assertEquals(List.of(slow), after.ids(), "the late commit comes after, not lost behind the checkpoint");
            assertEquals("plus tard", after.item(slow).get("description"));
        }
    }

    @Test
    void peopleOfEveryOrganisationAreFedWithRemovalsAndErasuresAsTombstones() {
        String first = register(ActorJson.minimal("Gens A " + UUID.randomUUID(), "ASSOCIATION"));
        String second = register(ActorJson.minimal("Gens B " + UUID.randomUUID(), "COMPANY"));
        String token = drain(PEOPLE, null).token();
        String camille = addPerson(first, "Camille Feed");
        String dominique = addPerson(second, "Dominique Feed");
        String alex = addPerson(first, "Alex Feed");
        given().header("If-Match", "\"0\"").delete(people(first) + "/" + camille).then().statusCode(200);
        given().post(people(second) + "/" + dominique + "/erasure").then().statusCode(200);

        Drained changes = drain(PEOPLE, token);
        assertEquals(List.of(alex, camille, dominique), changes.ids());
        assertEquals(true, changes.item(camille).get("removed"));
        assertEquals("Camille Feed", changes.item(camille).get("name"), "a removed person keeps their name");
        assertEquals(true, changes.item(dominique).get("erased"));
        assertNull(changes.item(dominique).get("name"), "an erased person keeps no personal data");
        assertEquals(second, changes.item(dominique).get("actorId"));
    }

    @Test
    void aCheckpointIsBoundToItsFeedAndBadOnesAreProblems() {
        String peopleToken = drain(PEOPLE, null).token();
        given().queryParam("checkpoint", peopleToken).get(ACTORS).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("checkpoint")).body("detail", containsString("actors"));
        given().queryParam("checkpoint", "!!").get(PEOPLE).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("checkpoint", "").get(ACTORS).then().statusCode(400);
        given().queryParam("limit", 501).get(ACTORS).then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void pagesChainWithHasMoreAndALink() {
        String token = drain(ACTORS, null).token();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            registered.add(register(ActorJson.minimal("Page " + i + " " + UUID.randomUUID(), "ASSOCIATION")));
        }
        var first = given().queryParam("checkpoint", token).queryParam("limit", 2).get(ACTORS).then().statusCode(200)
                .body("hasMore", equalTo(true)).header("Link", containsString("rel=\"next\"")).extract();
        JsonPath second = given().queryParam("checkpoint", first.jsonPath().getString("checkpoint")).queryParam("limit", 2).get(ACTORS)
                .then().statusCode(200).body("hasMore", equalTo(false)).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.jsonPath().getList("items.id", String.class));
        seen.addAll(second.getList("items.id", String.class));
        assertEquals(registered, seen);
    }

    private record Drained(List<Map<String, Object>> items, String token) {
        List<String> ids() {
            return items.stream().map(item -> (String) item.get("id")).toList();
        }

        Map<String, Object> item(String id) {
            return items.stream().filter(item -> id.equals(item.get("id"))).findFirst().orElseThrow();
        }
    }

    private static Drained drain(String feed, String token) {
        List<Map<String, Object>> items = new ArrayList<>();
        boolean more;
        do {
            var request = given().queryParam("limit", 500);
            if (token != null) {
                request.queryParam("checkpoint", token);
            }
            JsonPath page = request.get(feed).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            token = page.getString("checkpoint");
            more = page.getBoolean("hasMore");
            assertTrue(token != null && !token.isEmpty());
        } while (more);
        return new Drained(items, token);
    }

    private static String people(String actor) {
        return "/api/v1/actors/" + actor + "/people";
    }

    private static String addPerson(String actor, String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"professions\":[\"TERRITORIAL_CATALYST\"]}")
                .post(people(actor)).then().statusCode(201).extract().path("id");
    }
}
