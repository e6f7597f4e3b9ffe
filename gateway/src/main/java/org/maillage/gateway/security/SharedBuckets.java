package org.maillage.gateway.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import javax.sql.DataSource;
import org.maillage.gateway.config.SecurityConfig;
import org.maillage.gateway.housekeeping.Housekeeping;

/**
 * Token buckets kept in the gateway database (table {@code rate_limit_bucket}) by Bucket4j, so that every gateway
 * instance draws on the same ones. Rows are locked with SELECT ... FOR UPDATE rather than advisory locks, whose
 * hashed keys could collide with the locks the gateway takes for other work.
 */
@ApplicationScoped
public class SharedBuckets {

    static final String TABLE = "rate_limit_bucket";
    /** A bucket full again is kept this much longer, so that a caller pausing briefly reuses its row. */
    private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(5);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);
    private static final int PURGE_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;
    private final double syncShare;
    private final Duration syncInterval;
    private final Housekeeping housekeeping;

    public SharedBuckets(DataSource dataSource, SecurityConfig config, Housekeeping housekeeping) {
        this.store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
                .requestTimeout(config.rateLimit().syncTimeout())
                .build();
        this.syncShare = config.rateLimit().syncShare();
        this.syncInterval = config.rateLimit().syncInterval();
        this.housekeeping = housekeeping;
    }

    void start(@Observes StartupEvent started) {
        housekeeping.every(PURGE_INTERVAL, "Removal of idle rate limit buckets", this::purge);
    }

    /**
     * The bucket stored under {@code key}, created with {@code configuration} if there is none. The instance may
     * spend up to the sync share of {@code capacity} before it writes what it spent; concurrent calls on one key
     * share one round trip.
     */
    public SharedBucket bucket(String key, long capacity, BucketConfiguration configuration) {
        long unsynchronised = (long) Math.floor(capacity * syncShare);
        Optimization optimization = unsynchronised < 1 ? Optimizations.batching()
                : Optimizations.delaying(new DelayParameters(unsynchronised, syncInterval));
        return new SharedBucket(store.builder().withOptimization(optimization).build(key, () -> configuration),
                unsynchronised, syncInterval);
    }

    /**
     * Removes buckets idle long enough to be full again. Safe on every instance at once: each batch skips rows
     * another transaction holds.
     */
    public long purge() {
        long removed = 0;
        int batch;
        do {
            batch = store.removeExpired(PURGE_BATCH);
            removed += batch;
        } while (batch == PURGE_BATCH);
        return removed;
    }
}
