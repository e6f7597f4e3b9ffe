package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

/** The alliances' change feed: every kind of change in commit order, archives as tombstones, checkpoints bound to it. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceChangeFeedTest {

    private static final String FEED = "/api/v1/alliances/changes";
    private static final String OBJECTIVES = """
            [{"title":"Train seniors","indicator":"demo_seniors_trained","baseline":0,"target":500,"dueDate":"2027-06-30"}]""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    ActorFeed feed;

    @BeforeEach
    void feed() {
        feed = new ActorFeed(bootstrapServers, entityManager);
    }

    @Test
    void everyKindOfChangeMovesTheAllianceOnceToTheEndAndAnArchiveIsATombstone() throws Exception {
        ActiveAlliance first = ActiveAlliance.active(feed, "Flux actif " + UUID.randomUUID(), "[\"01004\"]", OBJECTIVES);
        ActiveAlliance second = ActiveAlliance.proposed(feed, "Flux proposé " + UUID.randomUUID(), "[\"01004\"]", OBJECTIVES);
        UUID joining = feed.registered("Flux invitée " + UUID.randomUUID(), "COMPANY", "PRIVATE");
        UUID mediator = feed.registered("Flux médiation " + UUID.randomUUID(), "ASSOCIATION", "NONPROFIT");
        String start = drain(null).checkpoint();

        String checkpoint = start;
        checkpoint = moves(checkpoint, second, () -> given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"purpose\":\"Revised purpose\"}").patch(second.path).then().statusCode(200));
        checkpoint = moves(checkpoint, first, () -> as(first.lead).contentType(ContentType.JSON)
                .body("{\"actorId\":\"" + joining + "\",\"role\":\"PARTNER\"}").post(first.path + "/members")
                .then().statusCode(201).body("members.find { it.actorId == '" + joining + "' }.status", equalTo("INVITED")));
        checkpoint = moves(checkpoint, first, () -> as(joining)
                .post(first.path + "/members/" + joining + "/acceptance").then().statusCode(200));
        checkpoint = moves(checkpoint, second, () -> AllianceLifecycleTest.post(second.path + "/commitments",
                "{\"memberActorId\":\"" + second.partner + "\",\"kind\":\"SKILLS\",\"amount\":5,\"unit\":\"person-days\"}")
                .statusCode(201));
        String[] milestone = new String[1];
        checkpoint = moves(checkpoint, second, () -> milestone[0] = AllianceLifecycleTest.post(second.path + "/milestones",
                "{\"title\":\"Kick-off\",\"dueDate\":\"2027-01-31\"}").statusCode(201).extract().path("milestones[0].id"));
        checkpoint = moves(checkpoint, second, () -> given().post(second.path + "/milestones/" + milestone[0] + "/reached")
                .then().statusCode(200));
        checkpoint = moves(checkpoint, first, () -> AllianceLifecycleTest.put(first.path + "/objectives/"
                + first.objectiveId(0) + "/result", "{\"value\":120,\"measuredOn\":\"2026-06-30\"}").statusCode(200));
        checkpoint = moves(checkpoint, first, () -> AllianceLifecycleTest.put(first.path + "/mediator",
                "{\"actorId\":\"" + mediator + "\"}").statusCode(200));
        checkpoint = moves(checkpoint, second, () -> second.transition("SCOPING"));
        checkpoint = moves(checkpoint, second, () -> given().delete(second.path).then().statusCode(200));
        moves(checkpoint, first, () -> as(joining).delete(first.path + "/members/" + joining).then().statusCode(200));

        Drained changes = drain(start);
        assertEquals(List.of(second.id, first.id), changes.ids(), "each alliance once, in the order of its last commit");
        JsonPath archived = changes.item(second.id);
        assertEquals(true, archived.getBoolean("archived"));
        assertNotNull(archived.getString("archivedAt"));
        assertEquals("SCOPING", archived.getString("state"), "a tombstone keeps what the alliance was");
        assertEquals("Revised purpose", archived.getString("purpose"));
        JsonPath active = changes.item(first.id);
        assertEquals(mediator.toString(), active.getString("mediator.actorId"));
        assertEquals("LEFT", active.getString("members.find { it.actorId == '" + joining + "' }.status"));
        assertEquals(120, active.getInt("objectives[0].result.value"));
        assertEquals(active.getLong("version"), Long.parseLong(first.etag().replace("\"", "")), "as getAlliance shows it");
    }

    @Test
    void anAllianceWhoseChangeCommitsLateIsNotSkippedByAClientThatReadPastIt() throws Exception {
        ActiveAlliance slow = ActiveAlliance.proposed(feed, "Lente " + UUID.randomUUID(), "[\"01004\"]", OBJECTIVES);
        String checkpoint = drain(null).checkpoint();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // Changed first, committed last: its updatedAt is older than the other alliance's.
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE alliance SET purpose = 'plus tard', version = version + 1, updated_at = now() WHERE id = ?")) {
                update.setObject(1, UUID.fromString(slow.id));
                update.executeUpdate();
            }
            ActiveAlliance quick = ActiveAlliance.proposed(feed, "Rapide " + UUID.randomUUID(), "[\"01004\"]", OBJECTIVES);
            Drained meanwhile = drain(checkpoint);
            assertEquals(List.of(quick.id), meanwhile.ids());
            connection.commit();

            Drained after = drain(meanwhile.checkpoint());
            assertEquals(List.of(slow.id), after.ids(), "the late commit comes after, not lost behind the checkpoint");
            assertEquals("plus tard", after.item(slow.id).getString("purpose"));
        }
    }

    @Test
    void aCheckpointOfAnotherFeedIsRefused() {
        String people = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("people:1".getBytes());
        given().queryParam("checkpoint", people).get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("checkpoint"))
                .body("detail", containsString("alliances"));
        given().queryParam("checkpoint", "").get(FEED).then().statusCode(400);
        given().queryParam("limit", 0).get(FEED).then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void pagesChainWithHasMoreAndALink() throws Exception {
        String checkpoint = drain(null).checkpoint();
        List<String> proposed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            proposed.add(ActiveAlliance.proposed(feed, "Page " + i + " " + UUID.randomUUID(), "[\"01004\"]", OBJECTIVES).id);
        }
        var first = given().queryParam("checkpoint", checkpoint).queryParam("limit", 2).get(FEED).then().statusCode(200)
                .body("hasMore", equalTo(true)).header("Link", containsString("rel=\"next\"")).extract();
        var second = given().queryParam("checkpoint", first.jsonPath().getString("checkpoint")).queryParam("limit", 2)
                .get(FEED).then().statusCode(200).body("hasMore", equalTo(false)).extract();
        assertEquals(null, second.header("Link"), "no next page once caught up");
        List<String> seen = new ArrayList<>(first.jsonPath().getList("items.id", String.class));
        seen.addAll(second.jsonPath().getList("items.id", String.class));
        assertEquals(proposed, seen);
    }

    /** Makes the change and checks it moved that alliance alone, once, to the end of the feed. */
    private static String moves(String checkpoint, ActiveAlliance alliance, Runnable change) {
        change.run();
        Drained moved = drain(checkpoint);
        assertEquals(List.of(alliance.id), moved.ids());
        return moved.checkpoint();
    }

    private record Drained(List<Map<String, Object>> items, String checkpoint) {
        List<String> ids() {
            return items.stream().map(item -> (String) item.get("id")).toList();
        }

        JsonPath item(String id) {
            return JsonPath.from(toJson(items.stream().filter(item -> id.equals(item.get("id"))).findFirst().orElseThrow()));
        }
    }

    private static String toJson(Map<String, Object> item) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(item);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Drained drain(String checkpoint) {
        List<Map<String, Object>> items = new ArrayList<>();
        boolean more;
        do {
            RequestSpecification request = given().queryParam("limit", 500);
            if (checkpoint != null) {
                request.queryParam("checkpoint", checkpoint);
            }
            JsonPath page = request.get(FEED).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            checkpoint = page.getString("checkpoint");
            more = page.getBoolean("hasMore");
            assertTrue(checkpoint != null && !checkpoint.isEmpty());
        } while (more);
        return new Drained(items, checkpoint);
    }

    private static RequestSpecification as(UUID organisation) {
        return given().header(TestIdentity.HEADER, TestIdentity.partner(organisation, "alliances:read", "alliances:write"));
    }
}
