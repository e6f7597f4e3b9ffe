package org.maillage.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.maillage.commons.events.EventConsumer;

/**
 * Not live only when the poll loop has stopped turning (a handler blocked for good). An event that keeps
 * failing does not count: the loop goes on retrying it, and a restart would not help; its lag shows in readiness.
 */
@Liveness
@ApplicationScoped
public class ConsumerLiveness implements HealthCheck {

    private final EventConsumer consumer;
    private final HealthConfig config;

    public ConsumerLiveness(EventConsumer consumer, HealthConfig config) {
        this.consumer = consumer;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        return LoopLiveness.of("event-consumer-loop", consumer.progress().heartbeat(), config.consumer().stalledAfter());
    }
}
