package org.maillage.commons.health;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** The answer of a liveness check on a background loop: down once the loop has not turned for too long. */
final class LoopLiveness {

    private LoopLiveness() {
    }

    static HealthCheckResponse of(String name, Heartbeat heartbeat, Duration stalledAfter) {
        Optional<Duration> since = heartbeat.sinceLastBeat();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name)
                .withData("running", since.isPresent())
                .withData("stalledAfterSeconds", stalledAfter.toSeconds());
        if (since.isEmpty()) {
            return response.up().build();
        }
        return response.withData("secondsSinceLastTurn", since.get().toSeconds())
                .status(since.get().compareTo(stalledAfter) <= 0).build();
    }
}
