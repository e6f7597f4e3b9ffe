package org.maillage.gateway.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.maillage.commons.persistence.CommitNotifications;

/**
 * Hears the key changes committed by any gateway instance ({@link KeyChanges}) and evicts them from this
 * instance's cache, so that a revoked key stops working everywhere within a second.
 */
@ApplicationScoped
public class KeyChangeListener {

    private static final Logger LOG = Logger.getLogger(KeyChangeListener.class);
    /** How long one wait lasts; also how soon a lost connection is noticed and the cache distrusted. */
    private static final Duration WAIT = Duration.ofMillis(500);

    private final AgroalDataSource dataSource;
    private final KeyCache cache;
    private volatile Thread worker;

    public KeyChangeListener(AgroalDataSource dataSource, KeyCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    void onStart(@Observes StartupEvent startup) {
        start();
    }

    void onStop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stop();
    }

    void start() {
        worker = new Thread(this::run, "api-key-changes");
        worker.setDaemon(true);
        worker.start();
    }

    void stop() throws InterruptedException {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            running.join(Duration.ofSeconds(5).toMillis());
        }
    }

    private void run() {
        boolean hearing = false;
        try (CommitNotifications notifications = new CommitNotifications(dataSource, KeyChanges.CHANNEL)) {
            while (worker != null) {
                CommitNotifications.Received received = notifications.await(WAIT);
                if (received.startedListening() || received.listening() != hearing) {
                    hearing = received.listening();
                    cache.hearingChanges(hearing);
                    if (!hearing) {
                        LOG.warn("Key changes cannot be heard: every request reads its key from the database");
                    }
                }
                received.payloads().forEach(cache::evict);
            }
        } catch (InterruptedException e) {
            LOG.debug("Key change listener stopped");
        }
    }
}
