package org.maillage.diagnostics.support;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.maillage.commons.events.Topics;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Publishes events as the actor and alliance services do: CloudEvents on their topics, keyed by aggregate. */
public final class Events {

    private Events() {
    }

    public static void send(String topic, String type, String key, String json) {
        send(topic, type, key, json, UUID.randomUUID().toString());
    }

    /** Sends with the given event id: the same id twice is a redelivery. */
    public static void send(String topic, String type, String key, String json, String eventId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructureResource.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        CloudEvent event = CloudEventBuilder.v1().withId(eventId).withType(type)
                .withSource(URI.create("/test")).withSubject(key).withTime(OffsetDateTime.now())
                .withData("application/json", json.getBytes(StandardCharsets.UTF_8)).build();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send " + type, e);
        }
    }

    /** Registers an actor through the registry's event; extra JSON members are appended to the data. */
    public static UUID actorRegistered(String name, String kind, String world, String extra) {
        UUID id = UUID.randomUUID();
        send(Topics.ACTORS, "org.maillage.actor.registered.v1", id.toString(), """
                {"actorId": "%s", "name": "%s", "kind": "%s", "world": "%s", "registeredAt": "2026-01-05T10:00:00Z",
                 "notYetKnownField": {"x": 1}%s}""".formatted(id, name, kind, world, extra == null ? "" : ", " + extra));
        return id;
    }

    /** A person event of the registry (no personal data); returns the person id. */
    public static UUID person(String type, UUID actorId, String profession, boolean erased) {
        UUID personId = UUID.randomUUID();
        person(personId, type, actorId, erased, profession);
        return personId;
    }

    /** A later event of the person (version 2), without professions. */
    public static void person(UUID personId, String type, UUID actorId, boolean erased) {
        person(personId, type, actorId, erased, null, 2);
    }

    private static void person(UUID personId, String type, UUID actorId, boolean erased, String profession) {
        person(personId, type, actorId, erased, profession, 1);
    }

    private static void person(UUID personId, String type, UUID actorId, boolean erased, String profession, long version) {
        send(Topics.ACTORS, type, personId.toString(), """
                {"personId": "%s", "actorId": "%s", "professions": [%s], "removed": false, "erased": %s, "version": %d,
                 "at": "2026-01-05T10:00:00Z"}""".formatted(personId, actorId, profession == null ? "" : '"' + profession + '"',
                erased, version));
    }

    public static void alliance(String type, UUID allianceId, String json) {
        send(Topics.ALLIANCES, type, allianceId.toString(), json);
    }
}
