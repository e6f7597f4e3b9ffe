package org.maillage.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.config.SecurityConfig;

/**
 * Keys recently read from the database, by prefix, so that a request costs no query. A change of a key, made
 * through any instance, evicts it here once committed ({@link KeyChangeListener}); entries are used only while
 * such changes can be heard, and the TTL bounds what a lost notification could keep alive.
 */
@ApplicationScoped
public class KeyCache {

    /**
     * What is known of a prefix: {@code caller} is empty when no usable key owns it (unknown or revoked);
     * {@code validUntil} ends a secret replaced by a rotation (null: no end).
     */
    public record Entry(String secretHash, Optional<AuthenticatedCaller> caller, Instant validUntil,
                        long loadedAtNanos) {

        public boolean usable() {
            return validUntil == null || Instant.now().isBefore(validUntil);
        }
    }

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every eviction, so that a load that began before one cannot store what it read. */
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private volatile boolean hearingChanges;

    public KeyCache(SecurityConfig config) {
        this.ttlNanos = config.keyCacheTtl().toNanos();
    }

    public Optional<Entry> fresh(String prefix) {
        Entry entry = hearingChanges ? entries.get(prefix) : null;
        if (entry == null || System.nanoTime() - entry.loadedAtNanos() > ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** The generation to pass to {@link #put}, read before the database is. */
    public long generation() {
        return generation.get();
    }

    /** Stores what was read, unless the prefix may have changed since {@code readAtGeneration}. */
    public void put(String prefix, Entry entry, long readAtGeneration) {
        // Bounded by the number of keys ever issued plus unknown prefixes tried recently: drop stale entries.
        if (entries.size() > MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(old -> now - old.loadedAtNanos() > ttlNanos);
        }
        entries.put(prefix, entry);
        if (generation.get() != readAtGeneration) {
            entries.remove(prefix, entry);
        }
    }

    public void evict(String prefix) {
        generation.incrementAndGet();
        entries.remove(prefix);
    }

    /**
     * Whether changes made elsewhere are heard. Either way everything cached is dropped: while they are not,
     * nothing cached can be trusted; once they are again, what changed in between was not heard.
     */
    void hearingChanges(boolean hearing) {
        hearingChanges = hearing;
        generation.incrementAndGet();
        entries.clear();
    }
}
