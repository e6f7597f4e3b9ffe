package org.maillage.commons.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
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
import org.maillage.commons.events.TraceParents;
import org.maillage.commons.tracing.MessagingAttributes;

/**
 * Sends outbox rows as CloudEvents (Kafka binary binding, key = aggregate id) and waits for every ack. Each
 * send is a producer span in the trace of the write that recorded the event; the event itself keeps naming
 * that write's span, the parent its consumers' spans take.
 */
class KafkaEventPublisher implements AutoCloseable {

    private static final long ACK_TIMEOUT_SECONDS = 40;

    private final KafkaProducer<String, CloudEvent> producer;
    private final Tracer tracer;

    KafkaEventPublisher(String bootstrapServers, String clientId, Tracer tracer) {
        this.tracer = tracer;
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
        List<Span> spans = new ArrayList<>(events.size());
        try {
            for (PendingEvent event : events) {
                spans.add(publishSpan(event));
                acks.add(producer.send(new ProducerRecord<>(event.topic(), event.aggregateId(), toCloudEvent(event))));
            }
            for (int i = 0; i < acks.size(); i++) {
                acks.get(i).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                spans.get(i).end();
            }
        } catch (ExecutionException | InterruptedException | TimeoutException | RuntimeException e) {
            // Spans already ended are left as they are; the others tell why the batch stays pending.
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, e.toString()).end());
            throw e;
        }
    }

    private Span publishSpan(PendingEvent event) {
        return tracer.spanBuilder(event.topic() + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceParents.parent(event.traceparent()))
                .setAttribute(MessagingAttributes.SYSTEM, "kafka")
                .setAttribute(MessagingAttributes.DESTINATION, event.topic())
                .setAttribute(MessagingAttributes.OPERATION, "publish")
                .setAttribute(MessagingAttributes.MESSAGE_ID, event.id().toString())
                .startSpan();
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
            builder.withExtension(TraceParents.HEADER, event.traceparent());
        }
        return builder.build();
    }

    @Override
    public void close() {
        producer.close();
    }
}
