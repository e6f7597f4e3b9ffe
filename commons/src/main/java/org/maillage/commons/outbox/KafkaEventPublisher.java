package org.maillage.commons.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends outbox rows as CloudEvents (Kafka binary binding, key = aggregate id) and waits for every ack. */
class KafkaEventPublisher implements AutoCloseable {

    private static final long ACK_TIMEOUT_SECONDS = 40;
    private final KafkaProducer<String, CloudEvent> producer;

    KafkaEventPublisher(String bootstrapServers, String clientId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
    }

    void publishAll(List<PendingEvent> events) throws ExecutionException, InterruptedException, TimeoutException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (PendingEvent event : events) {
            acks.add(producer.send(new ProducerRecord<>(event.topic(), event.aggregateId(), toCloudEvent(event))));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    static CloudEvent toCloudEvent(PendingEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withSubject(event.aggregateId())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.payload().getBytes(StandardCharsets.UTF_8));
        if (event.traceparent() != null) {
            builder.withExtension("traceparent", event.traceparent());
        }
        return builder.build();
    }

    @Override
    public void close() {
        producer.close();
    }
}
