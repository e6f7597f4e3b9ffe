package org.maillage.commons.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/** The outbox's meters (README, "Metrics and health"); a singleton, so its gauges exist from the relay's start. */
@Singleton
class OutboxMeters {

    private static final Logger LOG = Logger.getLogger(OutboxMeters.class);

    private final Counter published;
    private final Counter failures;

    OutboxMeters(MeterRegistry registry, OutboxBacklog backlog) {
        this.published = Counter.builder("maillage.outbox.published").baseUnit("events")
                .description("Events published to Kafka by this instance's relay").register(registry);
        this.failures = Counter.builder("maillage.outbox.publish.failures")
                .description("Publishing rounds that failed (Kafka or the database refused or timed out); the events stay pending")
                .register(registry);
        Gauge.builder("maillage.outbox.pending", backlog, read(OutboxBacklog.Snapshot::pending))
                .baseUnit("events").description("Events committed but not yet published (database-wide)")
                .register(registry);
        Gauge.builder("maillage.outbox.oldest.pending.age", backlog,
                        read(snapshot -> snapshot.oldestAge().toMillis() / 1000.0))
                .baseUnit("seconds").description("How long the oldest unpublished event has waited (0: none)")
                .register(registry);
    }

    void published(int events) {
        published.increment(events);
    }

    void failed() {
        failures.increment();
    }

    /** A figure the database could not give is NaN: Prometheus then shows a gap, not a misleading zero. */
    private static ToDoubleFunction<OutboxBacklog> read(ToDoubleFunction<OutboxBacklog.Snapshot> figure) {
        return backlog -> {
            try {
                return figure.applyAsDouble(backlog.current());
            } catch (SQLException | RuntimeException e) {
                LOG.debugf("Outbox backlog unavailable: %s", e.toString());
                return Double.NaN;
            }
        };
    }
}
