package org.maillage.gateway.support;

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
import org.maillage.testsupport.LocalInfrastructureResource;

/** Publishes CloudEvents on the services' topics as their outbox relays do. */
public final class EventPublisher {

    private EventPublisher() {
    }

    /** Sends one event keyed by {@code key}; returns its id. */
    public static String send(String topic, String type, String key, String json) {
        return send(topic, type, key, json, null);
    }

    /** Sends one event keyed by {@code key} that names the span of the write it reports; returns its id. */
    public static String send(String topic, String type, String key, String json, String traceparent) {
        String id = UUID.randomUUID().toString();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructureResource.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        CloudEventBuilder builder = CloudEventBuilder.v1().withId(id).withType(type)
                .withSource(URI.create("/test-service")).withSubject(key).withTime(OffsetDateTime.now())
                .withData("application/json", json.getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            builder.withExtension("traceparent", traceparent);
        }
        CloudEvent event = builder.build();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send " + type, e);
        }
        return id;
    }

    /** A type family no other test uses, so that each test reads only its own events: {@code <prefix>.*}. */
    public static String uniqueTypePrefix() {
        return "org.maillage.t" + UUID.randomUUID().toString().substring(0, 8);
    }
}
