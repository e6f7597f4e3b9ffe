package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.diagnostics.support.Fixtures;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * The change feeds of diagnostics, conversations and indicators: commit order, supersessions reaching the
 * conversations, deleted indicators as tombstones, checkpoints bound to their feed.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ChangeFeedsTest {

    private static final String DIAGNOSTICS = "/api/v1/diagnostics/changes";
    private static final String CONVERSATIONS = "/api/v1/conversations/changes";
    private static final String INDICATORS = "/api/v1/indicators/changes";
    private static final String INDICATOR = """
            {"label": "%s", "unit": "count", "theme": "HOUSING", "polarity": "%s", "aggregation": "SUM", "source": "test"}""";

    /**
     * The records this class made: other classes publish diagnostics of the same commune, which a publication here
     * supersedes (with their conversations), so the feeds are read for these alone.
     */
    private static final Set<String> MADE = new java.util.HashSet<>();

    @Inject
    DataSource dataSource;

    @Test
    void diagnosticsAndTheirConversationsMoveWithEveryChangeAndASupersessionReachesTheConversation() {
        DiagnosticFixture.load();
        UUID actor = Events.actorRegistered("Mairie de Villanova", "LOCAL_AUTHORITY", "PUBLIC", null);
        Actors.awaitKnown(dataSource, actor);
        String diagnostics = drain(DIAGNOSTICS, null).checkpoint();
        String conversations = drain(CONVERSATIONS, null).checkpoint();
        String diagnosticsStart = diagnostics;
        String conversationsStart = conversations;
        String body = "{\"territoryCode\": \"2A351\", \"period\": \"2015\", \"indicators\": [\"fx_rate\", \"fx_good\","
                + " \"fx_old\"], \"reference\": {\"type\": \"PARENT\"}}";

        String[] ids = new String[4];
        diagnostics = moves(DIAGNOSTICS, diagnostics, () -> ids[0] = DiagnosticFixture.diagnose(body), () -> ids[0]);
        String older = ids[0];
        Feeds both = new Feeds(diagnostics, conversations);
        both = both.after(() -> ids[1] = open(older, actor), () -> older, () -> ids[1]);
        String first = ids[1];
        String base = "/api/v1/conversations/" + first;
        List<String> found = given().get("/api/v1/diagnostics/" + older).then().extract().path("fragilities.id");
        assertTrue(!found.isEmpty(), "the fixture finds fragilities in the data");
        for (String fragility : found) {
            both = both.conversationAfter(() -> given().contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}")
                    .put(base + "/verdicts/" + fragility).then().statusCode(200), first);
        }
        both = both.after(() -> ids[2] = given().contentType(ContentType.JSON).body("{\"title\": \"Empty shops\","
                        + " \"theme\": \"EMPLOYMENT\", \"proposedBy\": \"" + actor + "\"}").post(base + "/fragilities")
                        .then().statusCode(201).extract().path("id"), () -> older, () -> first);
        both = both.conversationAfter(() -> given().contentType(ContentType.JSON)
                .body("{\"fragilityIds\": [\"" + ids[2] + "\"]}").put(base + "/rankings/" + actor).then().statusCode(200), first);
        both = both.after(() -> adopt(first), () -> older, () -> first);

        String[] newer = new String[1];
        both = new Feeds(moves(DIAGNOSTICS, both.diagnostics(), () -> newer[0] = DiagnosticFixture.diagnose(body),
                () -> newer[0]), both.conversations());
        both = both.after(() -> ids[3] = open(newer[0], actor), () -> newer[0], () -> ids[3]);
        String second = ids[3];
        String secondBase = "/api/v1/conversations/" + second;
        List<String> newerFound = given().get("/api/v1/diagnostics/" + newer[0]).then().extract().path("fragilities.id");
        newerFound.forEach(f -> given().contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}")
                .put(secondBase + "/verdicts/" + f).then().statusCode(200));
        String added = given().contentType(ContentType.JSON).body("{\"title\": \"No bus\", \"theme\": \"MOBILITY\","
                + " \"proposedBy\": \"" + actor + "\"}").post(secondBase + "/fragilities").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"fragilityIds\": [\"" + added + "\"]}")
                .put(secondBase + "/rankings/" + actor).then().statusCode(200);
        Drained conversationsBefore = drain(CONVERSATIONS, both.conversations());
        Drained diagnosticsBefore = drain(DIAGNOSTICS, both.diagnostics());
        adopt(second);

        // One commit publishes the newer diagnostic and supersedes the older: both move, and so does the older's
        // conversation, whose row did not change.
        Drained superseded = drain(DIAGNOSTICS, diagnosticsBefore.checkpoint());
        assertEquals(Set.of(older, newer[0]), Set.copyOf(superseded.made()));
        assertEquals("SUPERSEDED", superseded.item(older).getString("state"));
        assertEquals(newer[0], superseded.item(older).getString("supersededBy"));
        Drained moved = drain(CONVERSATIONS, conversationsBefore.checkpoint());
        assertEquals(Set.of(first, second), Set.copyOf(moved.made()));
        assertEquals(2, moved.made().size(), "each once");
        assertEquals("SUPERSEDED", moved.item(first).getString("diagnosticState"));
        JsonPath single = given().get(base).then().statusCode(200).extract().jsonPath();
        assertEquals(single.getLong("version"), moved.item(first).getLong("version"), "as getConversation shows it");
        assertEquals(single.getList("priorities"), moved.item(first).getList("priorities"));

        assertEquals(Set.of(older, newer[0]), Set.copyOf(drain(DIAGNOSTICS, diagnosticsStart).made()));
        assertEquals(Set.of(first, second), Set.copyOf(drain(CONVERSATIONS, conversationsStart).made()));
    }

    @Test
    void indicatorsMoveByCodeWithDeletionsAsTombstonesAndReCreationsAsIndicators() {
        String start = drain(INDICATORS, null).checkpoint();
        String checkpoint = start;
        checkpoint = moves(INDICATORS, checkpoint, () -> Fixtures.indicator("feed_a", "HIGHER_IS_WORSE", "SUM", "HOUSING"),
                () -> "feed_a");
        checkpoint = moves(INDICATORS, checkpoint, () -> Fixtures.indicator("feed_b", "HIGHER_IS_WORSE", "SUM", "HOUSING"),
                () -> "feed_b");
        checkpoint = moves(INDICATORS, checkpoint, () -> given().contentType(ContentType.JSON)
                .body(INDICATOR.formatted("Feed A, renamed", "HIGHER_IS_WORSE")).put("/api/v1/indicators/feed_a")
                .then().statusCode(200), () -> "feed_a");
        checkpoint = moves(INDICATORS, checkpoint, () -> given().delete("/api/v1/indicators/feed_b").then().statusCode(204),
                () -> "feed_b");

        Drained changes = drain(INDICATORS, start, "code");
        assertEquals(List.of("feed_a", "feed_b"), changes.ids(), "each code once, in the order of its last commit");
        assertEquals("Feed A, renamed", changes.item("feed_a").getString("label"));
        JsonPath tombstone = changes.item("feed_b");
        assertNotNull(tombstone.getString("deletedAt"));
        assertEquals("HOUSING", tombstone.getString("theme"));
        assertNull(tombstone.get("label"));
        assertNull(tombstone.get("version"));

        Fixtures.indicator("feed_b", "HIGHER_IS_BETTER", "SUM", "HOUSING");
        Drained recreated = drain(INDICATORS, checkpoint, "code");
        assertEquals(List.of("feed_b"), recreated.ids());
        assertNull(recreated.item("feed_b").get("deletedAt"), "a code created again is an indicator again");
        assertEquals("HIGHER_IS_BETTER", recreated.item("feed_b").getString("polarity"));

        given().contentType(ContentType.JSON).body("{\"code\": \"changes\", " + INDICATOR.formatted("Changes", "NEUTRAL")
                .substring(1)).post("/api/v1/indicators").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void anIndicatorWhoseChangeCommitsLateIsNotSkippedByAClientThatReadPastIt() throws Exception {
        Fixtures.indicator("feed_slow", "HIGHER_IS_WORSE", "SUM", "HOUSING");
        String checkpoint = drain(INDICATORS, null).checkpoint();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // Changed first, committed last: its updatedAt is older than the other indicator's.
            try (PreparedStatement update = connection.prepareStatement("UPDATE indicator SET label = 'plus tard',"
                    + " version = version + 1, updated_at = now() WHERE code = 'feed_slow'")) {
                update.executeUpdate();
            }
            Fixtures.indicator("feed_quick", "HIGHER_IS_WORSE", "SUM", "HOUSING");
            Drained meanwhile = drain(INDICATORS, checkpoint, "code");
            assertEquals(List.of("feed_quick"), meanwhile.ids());
            connection.commit();

            Drained after = drain(INDICATORS, meanwhile.checkpoint(), "code");
            assertEquals(List.of("feed_slow"), after.ids(), "the late commit comes after, not lost behind the checkpoint");
            assertEquals("plus tard", after.item("feed_slow").getString("label"));
        }
    }

    @Test
    void aCheckpointOfAnotherFeedIsRefused() {
        String diagnostics = drain(DIAGNOSTICS, null).checkpoint();
        for (String feed : List.of(CONVERSATIONS, INDICATORS)) {
            given().queryParam("checkpoint", diagnostics).get(feed).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("checkpoint"))
                    .body("detail", containsString(feed.split("/")[3]));
        }
        given().queryParam("checkpoint", drain(INDICATORS, null, "code").checkpoint()).get(DIAGNOSTICS).then()
                .statusCode(400).body("errors[0].field", equalTo("checkpoint"));
        given().queryParam("limit", 501).get(CONVERSATIONS).then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void pagesChainWithHasMoreAndALink() {
        String checkpoint = drain(INDICATORS, null, "code").checkpoint();
        List<String> created = List.of("feed_page_1", "feed_page_2", "feed_page_3");
        created.forEach(code -> Fixtures.indicator(code, "NEUTRAL", "SUM", null));
        var first = given().queryParam("checkpoint", checkpoint).queryParam("limit", 2).get(INDICATORS).then()
                .statusCode(200).body("hasMore", equalTo(true)).header("Link", containsString("rel=\"next\"")).extract();
        var second = given().queryParam("checkpoint", first.jsonPath().getString("checkpoint")).queryParam("limit", 2)
                .get(INDICATORS).then().statusCode(200).body("hasMore", equalTo(false)).extract();
        assertNull(second.header("Link"));
        List<String> seen = new ArrayList<>(first.jsonPath().getList("items.code", String.class));
        seen.addAll(second.jsonPath().getList("items.code", String.class));
        assertEquals(created, seen);
    }

    /** Where a client of both feeds stands, and the changes it sees next. */
    private record Feeds(String diagnostics, String conversations) {

        /** The change moves exactly the given diagnostics and conversations. */
        Feeds after(Runnable change, Supplier<String> diagnosticIds,
                    Supplier<String> conversationIds) {
            change.run();
            Drained movedDiagnostics = drain(DIAGNOSTICS, diagnostics);
            Drained movedConversations = drain(CONVERSATIONS, conversations);
            assertEquals(resolve(diagnosticIds), movedDiagnostics.made());
            assertEquals(resolve(conversationIds), movedConversations.made());
            return new Feeds(movedDiagnostics.checkpoint(), movedConversations.checkpoint());
        }

        /** The change moves the conversation alone in its feed. */
        Feeds conversationAfter(Runnable change, String conversation) {
            change.run();
            Drained moved = drain(CONVERSATIONS, conversations);
            assertEquals(List.of(conversation), moved.made());
            return new Feeds(diagnostics, moved.checkpoint());
        }
    }

    private static List<String> resolve(Supplier<String> id) {
        MADE.add(id.get());
        return List.of(id.get());
    }

    /** Makes the change and checks it moved those records alone, once, to the end of the feed. */
    private static String moves(String feed, String checkpoint, Runnable change, Supplier<String> ids) {
        change.run();
        Drained moved = drain(feed, checkpoint, feed.equals(INDICATORS) ? "code" : "id");
        assertEquals(resolve(ids), feed.equals(INDICATORS) ? moved.ids() : moved.made());
        return moved.checkpoint();
    }

    private static String open(String diagnostic, UUID participant) {
        return given().contentType(ContentType.JSON).body("""
                        {"diagnosticId": "%s", "heldOn": "2026-06-01", "facilitator": {"name": "Anna Leca"},
                         "participants": ["%s"]}""".formatted(diagnostic, participant))
                .post("/api/v1/conversations").then().statusCode(201).extract().path("id");
    }

    private static void adopt(String conversation) {
        given().contentType(ContentType.JSON).body("").post("/api/v1/conversations/" + conversation + "/adoption")
                .then().statusCode(200);
    }

    private record Drained(List<Map<String, Object>> items, String checkpoint, String key) {
        List<String> ids() {
            return items.stream().map(item -> (String) item.get(key)).toList();
        }

        /** The ids of the records this class made, in feed order. */
        List<String> made() {
            return ids().stream().filter(MADE::contains).toList();
        }

        JsonPath item(String id) {
            try {
                return JsonPath.from(new ObjectMapper().writeValueAsString(
                        items.stream().filter(item -> id.equals(item.get(key))).findFirst().orElseThrow()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Drained drain(String feed, String checkpoint) {
        return drain(feed, checkpoint, "id");
    }

    private static Drained drain(String feed, String checkpoint, String key) {
        List<Map<String, Object>> items = new ArrayList<>();
        boolean more;
        do {
            RequestSpecification request = given().queryParam("limit", 500);
            if (checkpoint != null) {
                request.queryParam("checkpoint", checkpoint);
            }
            JsonPath page = request.get(feed).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            checkpoint = page.getString("checkpoint");
            more = page.getBoolean("hasMore");
            assertTrue(checkpoint != null && !checkpoint.isEmpty());
        } while (more);
        return new Drained(items, checkpoint, key);
    }
}
