package org.maillage.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.maillage.commons.events.ConsumerProgress;
import org.maillage.commons.events.EventConsumer;

/**
 * Not ready while the partitions assigned to this instance are far behind: its projections would answer with
 * stale data. Lag is per partition, so one replica may be held back while the others serve.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private final EventConsumer consumer;
    private final HealthConfig config;

    public ConsumerReadiness(EventConsumer consumer, HealthConfig config) {
        this.consumer = consumer;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        ConsumerProgress progress = consumer.progress();
        long maxLag = config.consumer().maxLag();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumer")
                .withData("group", progress.group())
                .withData("maxLag", maxLag);
        boolean caughtUp = true;
        for (Map.Entry<String, Long> topic : progress.lagByTopic().entrySet()) {
            response.withData("lag " + topic.getKey(), topic.getValue());
            caughtUp &= topic.getValue() <= maxLag;
        }
        return response.status(caughtUp).build();
    }
}
