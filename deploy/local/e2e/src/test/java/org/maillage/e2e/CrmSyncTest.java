package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;

/**
 * A CRM mirroring the registry through the gateway: it follows the actors' and people's change feeds while
 * organisations register, rename and archive actors and add and remove people, and ends with exactly the
 * registry's state — every record at the version the registry holds, tombstones included.
 */
@ExtendWith(SharedSuite.class)
class CrmSyncTest {

    private static final String ACTOR_FEED = "/api/v1/actors/changes";
    private static final String PEOPLE_FEED = "/api/v1/people/changes";
    private static LocalSuite suite;

    @BeforeAll
    static void useSuite() {
        suite = SharedSuite.throughGateway();
    }

    @Test
    void aCrmFollowingTheChangeFeedsEndsWithExactlyTheRegistrysState() throws Exception {
        Mirror actors = new Mirror(ACTOR_FEED);
        Mirror people = new Mirror(PEOPLE_FEED);
        actors.catchUp();
        people.catchUp();

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                writers.add(pool.submit(CrmSyncTest::write));
            }
            Future<?> crm = pool.submit(() -> {
                while (writing.get()) {
                    actors.pollOnce(20);
                    people.pollOnce(20);
                }
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            crm.get();
        } finally {
            pool.shutdownNow();
        }
        actors.catchUp();
        people.catchUp();

        assertEquals(registry("/api/v1/actors"), actors.versions, "the CRM's actors are the registry's");
        assertEquals(registry("/api/v1/people"), people.versions, "the CRM's people are the registry's");
        assertTrue(actors.seenTombstone && people.seenTombstone, "archives and removals came as tombstones");
    }

    @Test
    void aCheckpointOfAnotherFeedIsRefused() {
        String peopleCheckpoint = admin().get(PEOPLE_FEED).then().statusCode(200).extract().path("checkpoint");
        admin().queryParam("checkpoint", peopleCheckpoint).get(ACTOR_FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("checkpoint"));
        admin().queryParam("checkpoint", "%%").get(PEOPLE_FEED).then().statusCode(400);
    }

    /** What an organisation's back office does meanwhile: registrations, renames, archives, people added and removed. */
    private static Void write() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            String actor = admin().contentType(ContentType.JSON)
                    .body("{\"name\":\"CRM " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}")
                    .post("/api/v1/actors").then().statusCode(201).extract().path("id");
            String person = admin().contentType(ContentType.JSON)
                    .body("{\"name\":\"Contact " + i + "\",\"professions\":[\"TERRITORIAL_CATALYST\"]}")
                    .post("/api/v1/actors/" + actor + "/people").then().statusCode(201).extract().path("id");
            admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"name\":\"CRM renommé " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}")
                    .put("/api/v1/actors/" + actor).then().statusCode(200);
            switch (random.nextInt(3)) {
                case 0 -> admin().header("If-Match", "\"1\"").delete("/api/v1/actors/" + actor).then().statusCode(200);
                case 1 -> admin().header("If-Match", "\"0\"").delete("/api/v1/actors/" + actor + "/people/" + person)
                        .then().statusCode(200);
                default -> admin().post("/api/v1/actors/" + actor + "/people/" + person + "/erasure").then().statusCode(200);
            }
        }
        return null;
    }

    /** The CRM's copy of one collection: each record's version, from its change feed. */
    private static final class Mirror {
        final String feed;
        final Map<String, Integer> versions = new HashMap<>();
        String checkpoint;
        boolean seenTombstone;

        Mirror(String feed) {
            this.feed = feed;
        }

        boolean pollOnce(int limit) {
            RequestSpecification request = admin().queryParam("limit", limit);
            if (checkpoint != null) {
                request.queryParam("checkpoint", checkpoint);
            }
            JsonPath page = request.get(feed).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                versions.put((String) item.get("id"), ((Number) item.get("version")).intValue());
                seenTombstone |= Boolean.TRUE.equals(item.get("archived")) || Boolean.TRUE.equals(item.get("removed"));
            }
            checkpoint = page.getString("checkpoint");
            return page.getBoolean("hasMore");
        }

        void catchUp() {
            while (pollOnce(500)) {
                // what committed so far, page after page
            }
        }
    }

    /** Every record of a list, tombstones included, with its version. */
    private static Map<String, Integer> registry(String list) {
        Map<String, Integer> versions = new HashMap<>();
        String cursor = null;
        do {
            RequestSpecification request = admin().queryParam("includeArchived", true).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(list).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(item -> versions.put((String) item.get("id"), ((Number) item.get("version")).intValue()));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return versions;
    }

    private static RequestSpecification admin() {
        return given().header("X-API-Key", suite.adminApiKey());
    }
}
