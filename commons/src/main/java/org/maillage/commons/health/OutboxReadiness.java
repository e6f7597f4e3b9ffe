package org.maillage.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.maillage.commons.outbox.OutboxBacklog;

/**
 * Not ready while an event has waited too long to be published: changes are committed but not announced, so
 * the other services, webhooks and feeds fall behind. The outbox is shared, so every instance turns not ready
 * together, as they do on Quarkus' own Kafka check.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxBacklog backlog;
    private final HealthConfig config;

    public OutboxReadiness(OutboxBacklog backlog, HealthConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .withData("maxPendingAgeSeconds", config.outbox().maxPendingAge().toSeconds());
        try {
            OutboxBacklog.Snapshot snapshot = backlog.current();
            return response.withData("pending", snapshot.pending())
                    .withData("oldestPendingAgeSeconds", snapshot.oldestAge().toSeconds())
                    .status(snapshot.oldestAge().compareTo(config.outbox().maxPendingAge()) <= 0)
                    .build();
        } catch (SQLException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
