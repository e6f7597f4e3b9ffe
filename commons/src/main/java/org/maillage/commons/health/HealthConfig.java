package org.maillage.commons.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Thresholds of the outbox and consumer health checks (README, "Metrics and health"). */
@ConfigMapping(prefix = "maillage.health")
public interface HealthConfig {

    Outbox outbox();

    Consumer consumer();

    interface Outbox {
        /** Not ready once the oldest unpublished event has waited longer than this. */
        @WithDefault("5m")
        Duration maxPendingAge();

        /**
         * Not live once the relay's loop has not gone round for this long; well above the poll interval and the
         * relay's longest backoff, so only a wedged thread trips it.
         */
        @WithDefault("5m")
        Duration stalledAfter();
    }

    interface Consumer {
        /** Not ready once the partitions assigned to this instance are more records than this behind, per topic. */
        @WithDefault("1000")
        long maxLag();

        /** Not live once the poll loop has not gone round for this long (a handler blocked for good). */
        @WithDefault("5m")
        Duration stalledAfter();
    }
}
