package org.maillage.commons.probe;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Note events, as another service would publish them for the probe's {@link NoteHandler}. */
public final class Notes {

    private Notes() {
    }

    /** A note about the subject, with the given JSON as its data. */
    public static CloudEvent note(String subject, String json) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/test"))
                .withType(NoteHandler.NOTED)
                .withSubject(subject)
                .withDataContentType("application/json")
                .withData(json.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** Publishes the events on the notes' topic, keyed by subject, and waits for Kafka to take each. */
    public static void send(String bootstrapServers, CloudEvent... events) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, CloudEvent> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer())) {
            for (CloudEvent event : events) {
                producer.send(new ProducerRecord<>(NoteHandler.TOPIC, event.getSubject(), event)).get();
            }
        }
    }
}
