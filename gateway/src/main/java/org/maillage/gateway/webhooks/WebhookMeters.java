package org.maillage.gateway.webhooks;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;
import org.maillage.commons.persistence.CachedReading;

/**
 * Meters of webhook deliveries (README, "Metrics and health"). The queue is the database's: every gateway
 * instance reports the same depth; attempts are counted by the instance that made them.
 */
@Singleton
class WebhookMeters {

    private record Queue(long pending, double oldestDueSeconds) {
    }

    private static final Logger LOG = Logger.getLogger(WebhookMeters.class);
    /** The deliveries the dispatcher will send, as it claims them: pending, to an active endpoint of a valid owner. */
    private static final String QUERY = """
            SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(d.next_attempt_at)
                FILTER (WHERE d.next_attempt_at <= now())), 0)
            FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
            WHERE d.status = 'PENDING' AND e.status = 'ACTIVE'
              AND (e.owner_kind <> 'api-key' OR EXISTS (SELECT 1 FROM api_key k
                   WHERE CAST(k.id AS text) = e.owner_subject AND k.revoked_at IS NULL))""";

    private final MeterRegistry registry;
    private final AgroalDataSource dataSource;
    private final CachedReading<Queue> queue = new CachedReading<>(this::read, Duration.ofSeconds(1));

    WebhookMeters(MeterRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
        Gauge.builder("maillage.webhook.pending", this, figure(Queue::pending)).baseUnit("deliveries")
                .description("Deliveries waiting to be sent, now or at a later retry").register(registry);
        Gauge.builder("maillage.webhook.oldest.due.age", this, figure(Queue::oldestDueSeconds)).baseUnit("seconds")
                .description("How long the delivery due the longest ago has waited for a sender (0: none due)")
                .register(registry);
        for (String outcome : new String[] {"delivered", "refused", "no-answer"}) {
            attempts(outcome);
        }
    }

    /** delivered (2xx), refused (any other status, 410 included) or no-answer (timeout, connection failure). */
    void attempted(AttemptResult result) {
        attempts(result.delivered() ? "delivered" : result.statusCode() != null ? "refused" : "no-answer").increment();
    }

    private Counter attempts(String outcome) {
        return Counter.builder("maillage.webhook.attempts").description("Delivery attempts made by this instance")
                .tags("outcome", outcome).register(registry);
    }

    private Queue read() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            return new Queue(row.getLong(1), row.getDouble(2));
        }
    }

    /** NaN when the database cannot tell: a gap in the graph rather than a misleading zero. */
    private static ToDoubleFunction<WebhookMeters> figure(ToDoubleFunction<Queue> figure) {
        return meters -> {
            try {
                return figure.applyAsDouble(meters.queue.get());
            } catch (SQLException | RuntimeException e) {
                LOG.debugf("Webhook queue unavailable: %s", e.toString());
                return Double.NaN;
            }
        };
    }
}
