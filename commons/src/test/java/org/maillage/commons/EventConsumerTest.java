package org.maillage.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.local.test.Eventually;
import org.maillage.commons.probe.NoteHandler;

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
        send(event, event, note(marker, "after"));

        assertTrue(Eventually.holds(() -> notes(marker) == 1, Duration.ofSeconds(30)), "marker applied");
        assertEquals(1, notes(subject), "the same event id delivered twice is applied once");
        assertEquals(1L, count("SELECT count(*) FROM processed_event WHERE event_id = '" + event.getId() + "'"));
    }

    @Test
    void failedEventIsRetriedWithoutPartialEffects() throws Exception {
        String subject = "flaky-" + UUID.randomUUID();
        send(note(subject, "first try fails"));

        assertTrue(Eventually.holds(() -> notes(subject) == 1, Duration.ofSeconds(30)), "applied on retry");
        Thread.sleep(500);
        assertEquals(1, notes(subject), "the failed attempt's write was rolled back");
    }

    private CloudEvent note(String subject, String text) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/test"))
                .withType(NoteHandler.NOTED)
                .withSubject(subject)
                .withDataContentType("application/json")
                .withData(("{\"text\":\"" + text + "\",\"addedLater\":1}").getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private void send(CloudEvent... events) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, CloudEvent> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer())) {
            for (CloudEvent event : events) {
                producer.send(new ProducerRecord<>(NoteHandler.TOPIC, event.getSubject(), event)).get();
            }
        }
    }

    private long notes(String subject) {
        return count("SELECT count(*) FROM probe_note WHERE subject = '" + subject + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
