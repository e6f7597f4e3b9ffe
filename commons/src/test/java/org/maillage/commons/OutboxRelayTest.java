package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.TopicReader;
import org.maillage.commons.probe.ProbeResource;

@QuarkusTest
class OutboxRelayTest {

    /** The relays' advisory-lock key, as another instance would take it. */
    private static final long PUBLISHER_LOCK = 0x6d61696c6c616765L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void committedEventIsPublishedAsCloudEventKeyedByAggregateAndMarkedPublished() {
        String aggregate = "agg-" + UUID.randomUUID();
        String eventId = given().post("/probe/events/" + aggregate).then().statusCode(200).extract().path("eventId");

        // The relay polls only every 60 s in this test: arriving sooner proves it woke on the commit.
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers, ProbeResource.TOPIC,
                rs -> rs.stream().anyMatch(r -> aggregate.equals(r.key())), Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> aggregate.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("event of " + aggregate + " not published"));
        assertEquals(eventId, header(record, "ce_id"));
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals("org.maillage.probe.emitted.v1", header(record, "ce_type"));
        assertEquals("/commons-probe", header(record, "ce_source"));
        assertEquals(aggregate, header(record, "ce_subject"));
        assertTrue(header(record, "ce_traceparent").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        assertNotNull(header(record, "ce_time"));
        assertEquals("{\"aggregate\": \"" + aggregate + "\"}", new String(record.value(), StandardCharsets.UTF_8));
        assertTrue(Eventually.holds(() -> publishedAtOf(eventId) != null, Duration.ofSeconds(10)), "row marked published");
    }

    @Test
    void rolledBackChangeLeavesNoEvent() {
        String failed = "failed-" + UUID.randomUUID();
        String marker = "marker-" + UUID.randomUUID();
        given().post("/probe/events/" + failed + "?fail=true").then().statusCode(500);
        given().post("/probe/events/" + marker).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers, ProbeResource.TOPIC,
                rs -> rs.stream().anyMatch(r -> marker.equals(r.key())), Duration.ofSeconds(20));
        assertTrue(records.stream().anyMatch(r -> marker.equals(r.key())), "marker published");
        assertTrue(records.stream().noneMatch(r -> failed.equals(r.key())), "rolled-back event never published");
        assertEquals(0L, ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1").setParameter(1, failed)
                .getSingleResult()).longValue());
    }

    @Test
    void onlyOneInstancePublishesAtATime() throws Exception {
        String aggregate = "held-" + UUID.randomUUID();
        try (Connection otherInstance = dataSource.getConnection(); Statement statement = otherInstance.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + PUBLISHER_LOCK + ")");
            String eventId = given().post("/probe/events/" + aggregate).then().statusCode(200).extract().path("eventId");
            Thread.sleep(1500);
            assertTrue(publishedAtOf(eventId) == null, "not published while another instance holds the publisher lock");
            statement.execute("SELECT pg_advisory_unlock(" + PUBLISHER_LOCK + ")");
            // The next commit wakes the relay, which then publishes everything pending in order.
            String nextId = given().post("/probe/events/" + aggregate).then().statusCode(200).extract().path("eventId");
            assertTrue(Eventually.holds(() -> publishedAtOf(eventId) != null && publishedAtOf(nextId) != null,
                    Duration.ofSeconds(15)), "published once the other instance let go");
        }
    }

    private Object publishedAtOf(String eventId) {
        return entityManager.createNativeQuery("SELECT published_at FROM outbox_event WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, eventId).getSingleResult();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
