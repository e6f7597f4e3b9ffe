package org.maillage.gateway.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.maillage.gateway.config.SecurityConfig;

/** Remembers when each key was last used and writes it in batches, so requests cost no database write. */
@ApplicationScoped
public class LastUseRecorder {

    private static final Logger LOG = Logger.getLogger(LastUseRecorder.class);

    private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();
    private final StoredKeys keys;
    private final Vertx vertx;
    private final SecurityConfig config;

    public LastUseRecorder(StoredKeys keys, Vertx vertx, SecurityConfig config) {
        this.keys = keys;
        this.vertx = vertx;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(config.lastUseFlushInterval().toMillis(),
                timer -> vertx.executeBlocking(() -> {
                    flush();
                    return null;
                }, false));
    }

    void stop(@Observes ShutdownEvent stopping) {
        flush();
    }

    public void used(UUID keyId) {
        pending.put(keyId, Instant.now());
    }

    /** Writes what was gathered; a failed write puts the uses back for the next attempt. */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<UUID, Instant> batch = new HashMap<>();
        pending.keySet().forEach(id -> batch.put(id, pending.remove(id)));
        batch.values().removeIf(java.util.Objects::isNull);
        try {
            keys.recordLastUses(batch);
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the last use of %d API keys: %s", batch.size(), e.toString());
            batch.forEach(pending::putIfAbsent);
        }
    }
}
