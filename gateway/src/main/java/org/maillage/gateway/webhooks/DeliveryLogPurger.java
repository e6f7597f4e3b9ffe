package org.maillage.gateway.webhooks;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.maillage.gateway.housekeeping.Housekeeping;

/** Forgets finished deliveries (and their attempts) past the log retention; pending ones are never purged. */
@ApplicationScoped
public class DeliveryLogPurger {

    private final WebhooksConfig config;
    private final Housekeeping housekeeping;

    public DeliveryLogPurger(WebhooksConfig config, Housekeeping housekeeping) {
        this.config = config;
        this.housekeeping = housekeeping;
    }

    void start(@Observes StartupEvent started) {
        housekeeping.every(config.logPurgeInterval(), "Purge of the webhook delivery log", this::purge);
    }

    /** Returns how many deliveries were purged. */
    @Transactional
    public long purge() {
        return WebhookDelivery.delete("status in (?1, ?2) and createdAt < ?3", WebhookDelivery.DELIVERED,
                WebhookDelivery.FAILED, Instant.now().minus(config.logRetention()));
    }
}
