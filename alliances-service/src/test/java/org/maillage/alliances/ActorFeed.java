package org.maillage.alliances;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.maillage.commons.events.Topics;
import org.maillage.testsupport.Eventually;

/** Publishes actor events as the registry would, and waits until this service has applied them. */
final class ActorFeed {

    private final String bootstrapServers;
    private final EntityManager entityManager;

    ActorFeed(String bootstrapServers, EntityManager entityManager) {
        this.bootstrapServers = bootstrapServers;
        this.entityManager = entityManager;
    }

    UUID registered(String name, String kind, String world) throws Exception {
        UUID actorId = UUID.randomUUID();
        publish(actorId, "org.maillage.actor.registered.v1", """
                {"actorId":"%s","name":"%s","kind":"%s","world":"%s","territories":["01004"],"version":0,
                 "registeredAt":"2026-11-26T10:00:00Z"}""".formatted(actorId, name, kind, world), UUID.randomUUID());
        assertTrue(Eventually.holds(() -> count("SELECT count(*) FROM known_actor WHERE actor_id = '" + actorId + "'") == 1,
                Duration.ofSeconds(30)), "actor projection updated");
        return actorId;
    }

    void archived(UUID actorId, UUID mergedInto) throws Exception {
        publish(actorId, "org.maillage.actor.archived.v1", """
                {"actorId":"%s","mergedInto":%s,"version":3,"archivedAt":"2026-11-26T11:00:00Z"}"""
                .formatted(actorId, mergedInto == null ? "null" : "\"" + mergedInto + "\""), UUID.randomUUID());
        assertTrue(Eventually.holds(() -> count("SELECT count(*) FROM known_actor WHERE archived AND actor_id = '"
                + actorId + "'") == 1, Duration.ofSeconds(30)), "actor archived in the projection");
    }

    /** Publishes a merge; the same event id may be sent again to simulate a redelivery. */
    void merged(UUID survivor, UUID absorbed, UUID eventId) throws Exception {
        publish(survivor, "org.maillage.actor.merged.v1", """
                {"survivorId":"%s","absorbedId":"%s","movedIdentifiers":[],"movedExternalRefs":[],
                 "mergedAt":"2026-11-26T11:00:00Z"}""".formatted(survivor, absorbed), eventId);
    }

    /**
     * Publishes a person event (keyed by person id, as the registry does, with a field this service does not
     * know) and waits until the consumer has processed it, applied or not.
     */
    void person(String verb, UUID personId, UUID actorId, String professions, boolean removed, long version)
            throws Exception {
        UUID eventId = UUID.randomUUID();
        publish(personId, "org.maillage.person." + verb + ".v1", """
                {"personId":"%s","actorId":"%s","professions":[%s],"removed":%s,"erased":false,"version":%d,
                 "at":"2026-11-26T10:00:00Z","futureField":1}""".formatted(personId, actorId, professions, removed, version),
                eventId);
        assertTrue(Eventually.holds(() -> count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1,
                Duration.ofSeconds(30)), "person event processed");
    }

    private void publish(UUID actorId, String type, String data, UUID eventId) throws Exception {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(eventId.toString())
                .withSource(URI.create("/actors-service"))
                .withType(type)
                .withSubject(actorId.toString())
                .withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8))
                .build();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var producer = new KafkaProducer<String, CloudEvent>(props, new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ACTORS, actorId.toString(), event)).get();
        }
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
