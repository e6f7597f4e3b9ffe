package org.maillage.gateway.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.maillage.gateway.config.SecurityConfig;

/**
 * One token bucket per caller, shared by every gateway instance ({@link SharedBuckets}): a partner gets its limit
 * however its calls are spread. While PostgreSQL does not answer, each instance limits with buckets of its own in
 * memory: a caller may then get its limit once per instance, but no call fails or is refused for that reason.
 */
@ApplicationScoped
public class RateLimiter {

    /**
     * Outcome of one request: allowed or not, tokens left, seconds until one more token, seconds until the
     * bucket is full again (the RateLimit-Reset a client may wait for to have its whole quota back).
     */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds, long resetSeconds) {

        static Decision of(ConsumptionProbe probe, long capacity) {
            long reset = seconds(probe.getNanosToWaitForReset());
            if (probe.isConsumed()) {
                return new Decision(true, capacity, probe.getRemainingTokens(), 0, reset);
            }
            return new Decision(false, capacity, 0, Math.max(1, seconds(probe.getNanosToWaitForRefill())),
                    Math.max(1, reset));
        }

        private static long seconds(long nanos) {
            return (nanos + 999_999_999L) / 1_000_000_000L;
        }
    }

    /**
     * A caller's limit. The key names the limit as well as the caller, so that a changed limit starts a bucket of
     * its own rather than inheriting one configured otherwise.
     */
    private record Limit(String key, long capacity, long tokens, Duration period) {

        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(tokens, period)).build();
        }
    }

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final SharedBuckets shared;
    private final Vertx vertx;
    /** The proxies keep what this instance spent since it last wrote to PostgreSQL: one per key, reused. */
    private final Map<String, SharedBucket> sharedBuckets = new ConcurrentHashMap<>();
    private final Map<String, Bucket> ownBuckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final double refillPerSecond;
    private final Duration perToken;
    private final long retryAfterNanos;
    private volatile long askAgainAt = System.nanoTime();

    public RateLimiter(SecurityConfig config, SharedBuckets shared, Vertx vertx) {
        this.shared = shared;
        this.vertx = vertx;
        this.capacity = config.rateLimit().capacity();
        this.refillPerSecond = config.rateLimit().refillPerSecond();
        this.perToken = Duration.ofNanos(Math.round(1e9 / refillPerSecond));
        this.retryAfterNanos = config.rateLimit().syncRetryAfter().toNanos();
    }

    /**
     * Decided on the event loop when the caller's bucket answers from memory, on a worker thread when it has to
     * read or write PostgreSQL.
     *
     * @param requestsPerMinute the caller's own limit (a burst of that many, refilled over a minute), or null
     */
    public Future<Decision> take(String subject, Integer requestsPerMinute) {
        Limit limit = limitOf(subject, requestsPerMinute);
        return fromMemory(limit).map(Future::succeededFuture)
                .orElseGet(() -> vertx.executeBlocking(() -> shared(limit), false));
    }

    /** The same decision taken in the calling thread, which may block on PostgreSQL. */
    Decision decide(String subject, Integer requestsPerMinute) {
        Limit limit = limitOf(subject, requestsPerMinute);
        return fromMemory(limit).orElseGet(() -> shared(limit));
    }

    /** The decision when no PostgreSQL is needed for it: the caller's buckets in memory, shared or this instance's. */
    private Optional<Decision> fromMemory(Limit limit) {
        if (!sharing()) {
            return Optional.of(alone(limit));
        }
        return sharedBucket(limit).takeFromMemory().map(probe -> Decision.of(probe, limit.capacity()));
    }

    private Limit limitOf(String subject, Integer requestsPerMinute) {
        return requestsPerMinute != null
                ? new Limit(subject + " " + requestsPerMinute + "/min", requestsPerMinute, requestsPerMinute,
                        Duration.ofMinutes(1))
                : new Limit(subject + " " + capacity + "+" + refillPerSecond + "/s", capacity, 1, perToken);
    }

    /** Whether the shared buckets are used: not for a while after PostgreSQL failed to answer. */
    private boolean sharing() {
        return System.nanoTime() - askAgainAt >= 0;
    }

    private SharedBucket sharedBucket(Limit limit) {
        return sharedBuckets.computeIfAbsent(limit.key(),
                key -> shared.bucket(key, limit.capacity(), limit.configuration()));
    }

    private Decision shared(Limit limit) {
        try {
            Decision decision = Decision.of(sharedBucket(limit).take(), limit.capacity());
            if (!ownBuckets.isEmpty()) {
                ownBuckets.clear();
            }
            return decision;
        } catch (RuntimeException unanswered) {
            // Whatever the store threw (no connection, a timeout, a failed commit): limiting stays possible.
            askAgainAt = System.nanoTime() + retryAfterNanos;
            LOG.warnf("Rate limits kept by this instance alone for %d s: the shared buckets are unavailable (%s)",
                    Duration.ofNanos(retryAfterNanos).toSeconds(), unanswered.toString());
            return alone(limit);
        }
    }

    private Decision alone(Limit limit) {
        return Decision.of(ownBuckets.computeIfAbsent(limit.key(),
                        key -> bucket(limit.capacity(), limit.tokens(), limit.period()))
                .tryConsumeAndReturnRemaining(1), limit.capacity());
    }

    /** A burst of {@code capacity}, then {@code tokens} every {@code period}, refilled continuously, in memory. */
    static Bucket bucket(long capacity, long tokens, Duration period) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(tokens, period)).build();
    }
}
