package org.maillage.gateway.security;

import java.time.Duration;
import java.time.Instant;

/** What rotating a secret allows, for every kind of secret the gateway issues (API keys, webhook signing). */
public final class SecretRotation {

    /** A week: time to deploy a new secret everywhere, short enough to retire a leaked one. */
    public static final long MAX_GRACE_PERIOD_SECONDS = 7 * 24 * 3600;

    private SecretRotation() {
    }

    /** The grace period a rotation request asks for, in seconds; none (zero) when it names none. */
    public static Duration gracePeriod(Long seconds) {
        return Duration.ofSeconds(seconds == null ? 0 : seconds);
    }

    /** Until when a secret replaced at {@code now} keeps working; null when it stops at once (no grace period). */
    public static Instant replacedUntil(Instant now, Duration gracePeriod) {
        return gracePeriod.isZero() ? null : now.plus(gracePeriod);
    }

    /** The end of a replaced secret's grace period while it runs; null once it has ended, or when there is none. */
    public static Instant graceEnd(Instant validUntil) {
        return validUntil != null && validUntil.isAfter(Instant.now()) ? validUntil : null;
    }
}
