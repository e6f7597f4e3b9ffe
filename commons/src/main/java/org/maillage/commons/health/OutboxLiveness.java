package org.maillage.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.maillage.commons.outbox.OutboxRelay;

/**
 * Not live only when the relay's loop has stopped turning: a wedged thread, which a restart fixes. A Kafka
 * outage is not one (the loop keeps retrying) and is left to readiness.
 */
@Liveness
@ApplicationScoped
public class OutboxLiveness implements HealthCheck {

    private final OutboxRelay relay;
    private final HealthConfig config;

    public OutboxLiveness(OutboxRelay relay, HealthConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        return LoopLiveness.of("outbox-relay", relay.heartbeat(), config.outbox().stalledAfter());
    }
}
