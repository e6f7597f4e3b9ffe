package org.maillage.commons.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.ClientProxy;
import jakarta.inject.Singleton;
import java.util.Set;

/** The event consumer's meters (README, "Metrics and health"); tags are bounded by the handlers and topics. */
@Singleton
class ConsumerMeters {

    private final MeterRegistry registry;

    ConsumerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void watch(ConsumerProgress progress, Set<String> topics) {
        for (String topic : topics) {
            Gauge.builder("maillage.consumer.lag", progress, p -> p.lag(topic)).baseUnit("records")
                    .description("Records the partitions assigned to this instance are behind the end of the topic")
                    .tags("group", progress.group(), "topic", topic).register(registry);
        }
    }

    void processed(EventHandler handler, String type) {
        counter("maillage.consumer.events.processed", "Events applied by a handler, once committed", handler, type)
                .increment();
    }

    void failed(EventHandler handler, String type) {
        counter("maillage.consumer.events.failed", "Attempts of a handler that threw; the event is retried",
                handler, type).increment();
    }

    void duplicateSkipped(String group) {
        Counter.builder("maillage.consumer.duplicates.skipped")
                .description("Events already applied, delivered again and skipped").tags("group", group)
                .register(registry).increment();
    }

    private Counter counter(String name, String description, EventHandler handler, String type) {
        return Counter.builder(name).description(description)
                .tags("handler", nameOf(handler), "type", type)
                .register(registry);
    }

    /** The handler's own class, not that of the proxy or interceptor subclass the container made of it. */
    private static String nameOf(EventHandler handler) {
        Class<?> type = ClientProxy.unwrap(handler).getClass();
        return type.getName().endsWith("_Subclass") ? type.getSuperclass().getSimpleName() : type.getSimpleName();
    }
}
