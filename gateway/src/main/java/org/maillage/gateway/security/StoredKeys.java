package org.maillage.gateway.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The API keys as the access check reads them. The key registry that issues them provides this, so that
 * authenticating needs nothing of how keys are issued, rotated or stored.
 */
public interface StoredKeys {

    /**
     * A key as seen through one of its prefixes, current or previous.
     *
     * @param secretHash       hash of the secret that prefix stands for
     * @param secretValidUntil end of that secret when a rotation replaced it; null: no end
     */
    record StoredKey(UUID id, UUID organisationId, Set<String> scopes, Integer requestsPerMinute, boolean revoked,
                     String secretHash, Instant secretValidUntil) {
    }

    /** The key owning a prefix, revoked or not; blocking, so called off the event loop. */
    Optional<StoredKey> byPrefix(String prefix);

    /** Writes when each key was last used, never moving a later use back. */
    void recordLastUses(Map<UUID, Instant> uses);
}
