package org.maillage.gateway.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.maillage.gateway.config.SecurityConfig;

/** One token bucket per caller, in memory: each gateway instance limits what passes through it. */
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

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration perToken;

    public RateLimiter(SecurityConfig config) {
        this.capacity = config.rateLimit().capacity();
        this.perToken = Duration.ofNanos(Math.round(1e9 / config.rateLimit().refillPerSecond()));
    }

    /** @param requestsPerMinute the caller's own limit (a burst of that many, refilled over a minute), or null */
    public Decision take(String subject, Integer requestsPerMinute) {
        long limit = requestsPerMinute != null ? requestsPerMinute : capacity;
        Bucket bucket = buckets.computeIfAbsent(subject, ignored -> requestsPerMinute != null
                ? bucket(requestsPerMinute, requestsPerMinute, Duration.ofMinutes(1))
                : bucket(capacity, 1, perToken));
        return Decision.of(bucket.tryConsumeAndReturnRemaining(1), limit);
    }

    /** A burst of {@code capacity}, then {@code tokens} every {@code period}, refilled continuously. */
    static Bucket bucket(long capacity, long tokens, Duration period) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(tokens, period)).build();
    }
}
