package org.maillage.gateway.apikeys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maillage.gateway.security.ReplacedSecrets;
import org.maillage.gateway.security.StoredKeys;

/** The stored keys, as the access check reads them and records their use, and their replaced secrets. */
@ApplicationScoped
public class ApiKeyStore implements StoredKeys, ReplacedSecrets {

    @Override
    @Transactional
    public Optional<StoredKey> byPrefix(String prefix) {
        return ApiKey.<ApiKey>find("prefix = ?1 or previousPrefix = ?1", prefix).firstResultOptional()
                .map(key -> key.seenThrough(prefix));
    }

    /** One statement per key, gathered since the previous flush. */
    @Override
    @Transactional
    public void recordLastUses(Map<UUID, Instant> uses) {
        uses.forEach((id, at) -> ApiKey.update(
                "lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?1)", at, id));
    }

    @Override
    @Transactional
    public long eraseExpired(Instant now) {
        return ApiKey.update("previousPrefix = null, previousSecretHash = null, previousValidUntil = null"
                + " where previousValidUntil <= ?1", now);
    }
}
