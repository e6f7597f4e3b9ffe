package org.maillage.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.maillage.gateway.config.SecurityConfig;

/**
 * Keys recently read from the database, by prefix, so that a request costs no query. Changes made through this
 * instance evict at once; changes made through another instance are seen after the TTL.
 */
@ApplicationScoped
public class KeyCache {

    /**
     * What is known of a prefix: {@code caller} is empty when no usable key owns it (unknown or revoked);
     * {@code validUntil} ends a secret replaced by a rotation (null: no end).
     */
    public record Entry(String secretHash, Optional<Caller> caller, Instant validUntil, long loadedAtNanos) {

        public boolean usable() {
            return validUntil == null || Instant.now().isBefore(validUntil);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    public KeyCache(SecurityConfig config) {
        this.ttlNanos = config.keyCacheTtl().toNanos();
    }

    public Optional<Entry> fresh(String prefix) {
        Entry entry = entries.get(prefix);
        if (entry == null || System.nanoTime() - entry.loadedAtNanos() > ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    public void put(String prefix, Entry entry) {
        // Bounded by the number of keys ever issued plus unknown prefixes tried recently: drop stale entries.
        if (entries.size() > 10_000) {
            long now = System.nanoTime();
            entries.values().removeIf(old -> now - old.loadedAtNanos() > ttlNanos);
        }
        entries.put(prefix, entry);
    }

    public void evict(String prefix) {
        entries.remove(prefix);
    }

    Duration ttl() {
        return Duration.ofNanos(ttlNanos);
    }
}
