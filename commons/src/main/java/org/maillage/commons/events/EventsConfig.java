package org.maillage.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Tuning of the outbox relay and the event consumers. */
@ConfigMapping(prefix = "maillage.events")
public interface EventsConfig {

    /** Kafka bootstrap servers shared with Quarkus' own Kafka health check. */
    @WithName("bootstrap-servers")
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    /** CloudEvents source of the events this service emits, e.g. /actors-service. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    Outbox outbox();

    Consumer consumer();

    interface Outbox {
        @WithDefault("true")
        boolean relayEnabled();

        @WithDefault("200")
        int batchSize();

        /**
         * How long the relay, woken by a commit, lets further commits gather before it publishes: one batch
         * per transaction would cost a relay transaction, a Kafka round trip and an update per event under a
         * steady write load. Adds at most this much to an event's latency; 0 publishes at once.
         */
        @WithDefault("10ms")
        Duration gather();

        /** Safety net when a commit notification is missed (e.g. while reconnecting). */
        @WithDefault("5s")
        Duration pollInterval();

        @WithDefault("30s")
        Duration maxBackoff();

        /** Published rows are kept this long for diagnosis, then purged. */
        @WithDefault("7d")
        Duration retention();
    }

    interface Consumer {
        @WithDefault("true")
        boolean enabled();

        /** Consumer group; defaults to the application name so replicas share the work. */
        Optional<String> groupId();

        @WithDefault("30s")
        Duration maxBackoff();
    }
}
