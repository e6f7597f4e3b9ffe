package org.maillage.gateway.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.maillage.gateway.housekeeping.Housekeeping;

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
    private final Instance<ReplacedSecrets> replaced;

    public ExpiredSecretsPurger(Housekeeping housekeeping, Instance<ReplacedSecrets> replaced) {
        this.housekeeping = housekeeping;
        this.replaced = replaced;
    }

    void start(@Observes StartupEvent started) {
        housekeeping.every(INTERVAL, "Erasure of replaced secrets past their grace period", this::purge);
    }

    /** Returns how many rows (API keys, webhook endpoints...) lost a replaced secret. */
    @Transactional
    public long purge() {
        Instant now = Instant.now();
        return replaced.stream().mapToLong(secrets -> secrets.eraseExpired(now)).sum();
    }
}
