package org.maillage.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
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
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetSeconds) {
    }

    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final double refillPerNano;

    public RateLimiter(SecurityConfig config) {
        this.capacity = config.rateLimit().capacity();
        this.refillPerNano = config.rateLimit().refillPerSecond() / 1e9;
    }

    /** @param requestsPerMinute the caller's own limit (a burst of that many, refilled over a minute), or null */
    public Decision take(String subject, Integer requestsPerMinute) {
        int capacity = requestsPerMinute != null ? requestsPerMinute : this.capacity;
        double refillPerNano = requestsPerMinute != null ? requestsPerMinute / 60e9 : this.refillPerNano;
        double[] bucket = buckets.computeIfAbsent(subject, ignored -> new double[] {capacity, System.nanoTime()});
        synchronized (bucket) {
            long now = System.nanoTime();
            bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) * refillPerNano);
            bucket[1] = now;
            boolean allowed = bucket[0] >= 1;
            if (allowed) {
                bucket[0] -= 1;
            }
            long reset = (long) Math.ceil((capacity - bucket[0]) / refillPerNano / 1e9);
            if (allowed) {
                return new Decision(true, capacity, (int) bucket[0], 0, reset);
            }
            long wait = (long) Math.ceil((1 - bucket[0]) / refillPerNano / 1e9);
            return new Decision(false, capacity, 0, Math.max(1, wait), Math.max(1, reset));
        }
    }
}
