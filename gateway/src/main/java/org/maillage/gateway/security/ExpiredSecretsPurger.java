package org.maillage.gateway.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.maillage.gateway.apikeys.ApiKey;
import org.maillage.gateway.housekeeping.Housekeeping;
import org.maillage.gateway.webhooks.WebhookEndpoint;

/**
 * Erases the secrets a rotation replaced once their grace period is over. They already authenticate and sign
 * nothing then (every check compares the end with the clock), but a webhook's previous signing secret is stored
 * as is: nothing should keep it longer than it is of use.
 */
@ApplicationScoped
public class ExpiredSecretsPurger {

    /** Grace periods last hours to days: an hour late is soon enough. */
    private static final Duration INTERVAL = Duration.ofHours(1);

    private final Housekeeping housekeeping;

    public ExpiredSecretsPurger(Housekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    void start(@Observes StartupEvent started) {
        housekeeping.every(INTERVAL, "Erasure of replaced secrets past their grace period", this::purge);
    }

    /** Returns how many API keys and webhook endpoints lost a replaced secret. */
    @Transactional
    public long purge() {
        Instant now = Instant.now();
        return ApiKey.update("previousPrefix = null, previousSecretHash = null, previousValidUntil = null"
                        + " where previousValidUntil <= ?1", now)
                + WebhookEndpoint.update("previousSecret = null, previousSecretValidUntil = null"
                        + " where previousSecretValidUntil <= ?1", now);
    }
}
