package org.maillage.gateway.security;

import java.time.Instant;

/**
 * Secrets a rotation replaced ({@link SecretRotation}), kept for their grace period. Each feature that rotates
 * secrets provides one, and {@link ExpiredSecretsPurger} finds them all.
 */
public interface ReplacedSecrets {

    /** Erases the replaced secrets whose grace period ended by {@code now}; answers how many rows lost one. */
    long eraseExpired(Instant now);
}
