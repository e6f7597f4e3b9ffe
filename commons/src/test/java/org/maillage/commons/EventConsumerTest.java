package org.maillage.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.Eventually;
import org.maillage.commons.probe.Notes;

@QuarkusTest
class EventConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void duplicateDeliveryIsAppliedOnce() throws Exception {
        String subject = "dup-" + UUID.randomUUID();
        CloudEvent event = note(subject, "hello");
        String marker = "marker-" + UUID.randomUUID();
        Notes.send(bootstrapServers, event, event, note(marker, "after"));

        assertTrue(Eventually.holds(() -> notes(marker) == 1, Duration.ofSeconds(30)), "marker applied");
        assertEquals(1, notes(subject), "the same event id delivered twice is applied once");
        assertEquals(1L, count("SELECT count(*) FROM processed_event WHERE event_id = '" + event.getId() + "'"));
    }

    @Test
    void failedEventIsRetriedWithoutPartialEffects() throws Exception {
        String subject = "flaky-" + UUID.randomUUID();
        Notes.send(bootstrapServers, note(subject, "first try fails"));

        assertTrue(Eventually.holds(() -> notes(subject) == 1, Duration.ofSeconds(30)), "applied on retry");
        Thread.sleep(500);
        assertEquals(1, notes(subject), "the failed attempt's write was rolled back");
    }

    /** A field the handler does not know rides along: consumers read events tolerantly. */
    private static CloudEvent note(String subject, String text) {
        return Notes.note(subject, "{\"text\":\"" + text + "\",\"addedLater\":1}");
    }

    private long notes(String subject) {
        return count("SELECT count(*) FROM probe_note WHERE subject = '" + subject + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
