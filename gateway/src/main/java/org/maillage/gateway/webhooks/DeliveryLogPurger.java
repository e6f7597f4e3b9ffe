package org.maillage.gateway.webhooks;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Forgets finished deliveries (and their attempts) past the log retention; pending ones are never purged. */
@ApplicationScoped
public class DeliveryLogPurger {

    private static final Logger LOG = Logger.getLogger(DeliveryLogPurger.class);

    private final WebhooksConfig config;
    private final Vertx vertx;

    public DeliveryLogPurger(WebhooksConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(config.logPurgeInterval().toMillis(), timer -> vertx.executeBlocking(() -> {
            try {
                purge();
            } catch (RuntimeException e) {
                LOG.warnf("Could not purge the webhook delivery log: %s", e.toString());
            }
            return null;
        }, false));
    }

    /** Returns how many deliveries were purged. */
    @Transactional
    public long purge() {
        return WebhookDelivery.delete("status in (?1, ?2) and createdAt < ?3", WebhookDelivery.DELIVERED,
                WebhookDelivery.FAILED, Instant.now().minus(config.logRetention()));
    }
}
