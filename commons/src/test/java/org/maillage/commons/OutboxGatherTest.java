package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.Eventually;

/** Commits that follow the one that woke the relay, within its gathering time, leave in the same batch. */
@QuarkusTest
@TestProfile(OutboxGatherTest.LongGather.class)
class OutboxGatherTest {

    public static class LongGather implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Long enough for a slow machine to commit every event below after the first woke the relay.
            return Map.of("maillage.events.outbox.gather", "3s");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void eventsCommittedWhileTheRelayGathersArePublishedInOneBatch() {
        String aggregate = "gathered-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(given().post("/probe/events/" + aggregate).then().statusCode(200).extract().path("eventId"));
        }
        assertTrue(Eventually.holds(() -> batches(aggregate).stream().noneMatch(b -> b == null), Duration.ofSeconds(20)),
                "every event published");
        // One relay transaction marks its whole batch with the same now(): one publication time, one batch.
        assertEquals(1, batches(aggregate).size(), "published in one batch: " + ids);
    }

    private List<Object> batches(String aggregate) {
        @SuppressWarnings("unchecked")
        List<Object> publishedAt = entityManager.createNativeQuery(
                        "SELECT DISTINCT published_at FROM outbox_event WHERE aggregate_id = ?1")
                .setParameter(1, aggregate).getResultList();
        return publishedAt;
    }
}
