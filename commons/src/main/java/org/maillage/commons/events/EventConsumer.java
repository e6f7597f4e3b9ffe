package org.maillage.commons.events;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.maillage.commons.tracing.MessagingAttributes;
import org.maillage.commons.tracing.SpanScope;

/**
 * Feeds the events of the subscribed topics to the {@link EventHandler}s, one transaction per event that
 * also records the event id: a duplicate or replayed event changes nothing. A failing event is retried
 * with backoff and holds back its partition, so per-aggregate order is never broken. Each event is handled in
 * a consumer span whose parent is the span that wrote it (its traceparent), and logged once with that trace.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final List<EventHandler> handlers;
    private final ProcessedEvents processedEvents;
    private final EventsConfig config;
    private final String groupId;
    private final Tracer tracer;
    private final ConsumerMeters meters;
    private final ConsumerProgress progress;
    private volatile KafkaEventLoop loop;
    private Thread worker;

    public EventConsumer(@Any Instance<EventHandler> handlers, ProcessedEvents processedEvents, EventsConfig config,
                         @ConfigProperty(name = "quarkus.application.name") String applicationName, Tracer tracer,
                         ConsumerMeters meters) {
        this.tracer = tracer;
        this.handlers = handlers.stream().toList();
        this.processedEvents = processedEvents;
        this.config = config;
        this.groupId = config.consumer().groupId().orElse(applicationName);
        this.meters = meters;
        this.progress = new ConsumerProgress(groupId);
    }

    /** Lag and loop turns of this instance; the heartbeat is not running when nothing is consumed. */
    public ConsumerProgress progress() {
        return progress;
    }

    void start(@Observes StartupEvent startup) {
        Set<String> topics = handlers.stream().map(EventHandler::topic).collect(Collectors.toCollection(TreeSet::new));
        if (topics.isEmpty() || !config.consumer().enabled()) {
            return;
        }
        meters.watch(progress, topics);
        loop = new KafkaEventLoop(config.bootstrapServers(), groupId, topics, this::apply, config.consumer().maxBackoff(),
                progress);
        worker = new Thread(loop, "event-consumer");
        worker.setDaemon(true);
        worker.start();
        LOG.infof("Consuming %s as group %s", topics, groupId);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
            worker.join(Duration.ofSeconds(15).toMillis());
        }
    }

    /** Applies one record; throws to have it retried. */
    void apply(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        List<EventHandler> interested = handlers.stream()
                .filter(h -> h.topic().equals(record.topic()) && h.accepts(event.getType()))
                .toList();
        if (interested.isEmpty()) {
            return;
        }
        Span span = processSpan(record);
        try (SpanScope scope = SpanScope.enter(span)) {
            boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                if (!processedEvents.markProcessed(groupId, event.getId(), event.getType())) {
                    return false;
                }
                interested.forEach(handler -> handle(handler, event));
                return true;
            });
            if (applied) {
                interested.forEach(handler -> meters.processed(handler, event.getType()));
                LOG.infof("Handled event %s (%s)", event.getId(), event.getType());
            } else {
                meters.duplicateSkipped(groupId);
                LOG.debugf("Skipping already processed event %s (%s)", event.getId(), event.getType());
            }
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private void handle(EventHandler handler, CloudEvent event) {
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            meters.failed(handler, event.getType());
            throw e;
        }
    }

    private Span processSpan(ConsumerRecord<String, CloudEvent> record) {
        Object traceparent = record.value().getExtension(TraceParents.HEADER);
        return tracer.spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParents.parent(traceparent == null ? null : traceparent.toString()))
                .setAttribute(MessagingAttributes.SYSTEM, "kafka")
                .setAttribute(MessagingAttributes.DESTINATION, record.topic())
                .setAttribute(MessagingAttributes.OPERATION, "process")
                .setAttribute(MessagingAttributes.MESSAGE_ID, record.value().getId())
                .setAttribute(MessagingAttributes.CONSUMER_GROUP, groupId)
                .startSpan();
    }
}
