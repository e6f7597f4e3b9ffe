package org.maillage.gateway.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.gateway.support.EventPublisher;
import org.maillage.gateway.support.PartnerKeys;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class EventFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    FeedService feed;

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void eventsComeInOrderAsCloudEventsFilteredByTypeAndPaged() {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(EventPublisher.send(Topics.ACTORS, prefix + ".kept.v1", key, "{\"n\": " + i + "}"));
            EventPublisher.send(Topics.ACTORS, prefix + ".other.v1", key, "{\"n\": " + i + "}");
        }
        String types = prefix + ".kept.v1";
        assertTrue(Eventually.holds(() -> read(TestCredentials.ADMIN_KEY, types, null, 500)
                .getList("items").size() == 5, WAIT));

        JsonPath first = read(TestCredentials.ADMIN_KEY, types, null, 500);
        assertEquals(ids, first.getList("items.id"));
        assertEquals("1.0", first.getString("items[0].specversion"));
        assertEquals(prefix + ".kept.v1", first.getString("items[0].type"));
        assertEquals("/test-service", first.getString("items[0].source"));
        assertEquals(key, first.getString("items[0].subject"));
        assertEquals("application/json", first.getString("items[0].datacontenttype"));
        assertEquals(0, first.getInt("items[0].data.n"));
        assertTrue(first.getString("items[0].time").endsWith("Z"));

        // Two at a time: the Link header leads to the rest, and the last cursor brings nothing new.
        Response page = given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .queryParam("types", prefix + ".kept.*").queryParam("limit", 2).get("/api/v1/events");
        page.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        List<String> seen = new ArrayList<>(page.jsonPath().getList("items.id"));
        String cursor = page.jsonPath().getString("nextCursor");
        while (page.jsonPath().getBoolean("hasMore")) {
            page = given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .queryParam("types", prefix + ".kept.*").queryParam("limit", 2).queryParam("after", cursor)
                    .get("/api/v1/events");
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
        }
        assertEquals(ids, seen);
        page.then().header("Link", nullValue());
        JsonPath after = read(TestCredentials.ADMIN_KEY, types, cursor, 50);
        assertEquals(0, after.getList("items").size());
        assertEquals(cursor, after.getString("nextCursor"));
    }

    @Test
    void aCallerSeesOnlyTheAreasItsScopesMayRead() {
        String prefix = EventPublisher.uniqueTypePrefix();
        EventPublisher.send(Topics.ACTORS, prefix + ".actor.v1", UUID.randomUUID().toString(), "{}");
        EventPublisher.send(Topics.ALLIANCES, prefix + ".alliance.v1", UUID.randomUUID().toString(), "{}");
        String types = prefix + ".*";
        assertTrue(Eventually.holds(() -> read(TestCredentials.ADMIN_KEY, types, null, 50)
                .getList("items").size() == 2, WAIT));

        String actorsReader = PartnerKeys.create(UUID.randomUUID(), List.of("actors:read"));
        assertEquals(List.of(prefix + ".actor.v1"), read(actorsReader, types, null, 50).getList("items.type"));
        String writerOnly = PartnerKeys.create(UUID.randomUUID(), List.of("alliances:write"));
        assertEquals(List.of(), read(writerOnly, types, null, 50).getList("items"));
    }

    @Test
    void eventsPastTheRetentionArePurgedAndTheirCursorsExpire() throws Exception {
        String prefix = EventPublisher.uniqueTypePrefix();
        String id = EventPublisher.send(Topics.ACTORS, prefix + ".old.v1", UUID.randomUUID().toString(), "{}");
        assertTrue(Eventually.holds(() -> read(TestCredentials.ADMIN_KEY, prefix + ".*", null, 50)
                .getList("items").size() == 1, WAIT));
        long position;
        try (Connection db = DriverManager.getConnection(LocalInfrastructureResource.jdbcUrl(),
                LocalInfrastructureResource.jdbcUsername(), LocalInfrastructureResource.jdbcPassword())) {
            try (PreparedStatement select = db.prepareStatement("SELECT position FROM feed_event WHERE event_id = ?")) {
                select.setString(1, id);
                var rows = select.executeQuery();
                rows.next();
                position = rows.getLong(1);
            }
            // Everything received up to this event is now older than the 30 days of retention.
            try (PreparedStatement age = db.prepareStatement(
                    "UPDATE feed_event SET received_at = now() - interval '31 days' WHERE position <= ?")) {
                age.setLong(1, position);
                age.executeUpdate();
            }
        }
        assertTrue(feed.purge() >= 1);

        assertEquals(0, read(TestCredentials.ADMIN_KEY, prefix + ".*", null, 50).getList("items").size());
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).queryParam("after", position - 1).get("/api/v1/events")
                .then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("https://maillage.org/problems/cursor-expired"))
                .body("detail", containsString("without `after`"));
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).queryParam("after", position).get("/api/v1/events")
                .then().statusCode(200);
    }

    @Test
    void badQueriesAndStrangersAreRefused() {
        given().get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).queryParam("after", "abc").get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).queryParam("types", "org.maillage.%").get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).queryParam("limit", 501).get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static JsonPath read(String key, String types, String after, int limit) {
        var request = given().header("X-API-Key", key).queryParam("types", types).queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
    }
}
