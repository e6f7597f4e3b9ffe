package org.maillage.gateway.security;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.maillage.gateway.config.SecurityConfig;

/**
 * Limits what a client address may do before it is known to hold a credential: failed authentications and
 * public documents share one bucket; database lookups of key prefixes that turn out unknown have their own,
 * so that guessing prefixes cannot turn into a stream of queries. In memory, per instance.
 */
@ApplicationScoped
public class AddressLimiter {

    private record Buckets(Bucket anonymous, Bucket unknownPrefixes) {
    }

    static final String TOO_MANY_CALLS = "Too many calls without a valid credential from this address";
    static final String TOO_MANY_PREFIXES = "Too many unknown API keys tried from this address";

    /** Beyond this many addresses, those whose buckets are full again (idle ones) are forgotten. */
    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Buckets> byAddress = new ConcurrentHashMap<>();
    private final long capacity;
    private final long unknownPrefixes;
    private final Duration period;

    public AddressLimiter(SecurityConfig config) {
        this.capacity = config.addressLimit().capacity();
        this.unknownPrefixes = config.addressLimit().unknownPrefixes();
        this.period = config.addressLimit().period();
    }

    /** Whether the address may try to authenticate at all; takes nothing. */
    public RateLimiter.Decision admit(String address) {
        Bucket bucket = buckets(address).anonymous();
        if (bucket.estimateAbilityToConsume(1).canBeConsumed()) {
            return new RateLimiter.Decision(true, capacity, bucket.getAvailableTokens(), 0, 0);
        }
        // Refused again, this time with the waits a client is told.
        return RateLimiter.Decision.of(bucket.tryConsumeAndReturnRemaining(1), capacity);
    }

    /** Counts a call the address made without a valid credential, or for a public document. */
    public RateLimiter.Decision charge(String address) {
        return RateLimiter.Decision.of(buckets(address).anonymous().tryConsumeAndReturnRemaining(1), capacity);
    }

    /** Taken before a prefix is looked up in the database; given back by {@link #prefixFound} if a key owns it. */
    public RateLimiter.Decision lookUp(String address) {
        return RateLimiter.Decision.of(buckets(address).unknownPrefixes().tryConsumeAndReturnRemaining(1),
                unknownPrefixes);
    }

    public void prefixFound(String address) {
        buckets(address).unknownPrefixes().addTokens(1);
    }

    private Buckets buckets(String address) {
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.values().removeIf(idle -> idle.anonymous().getAvailableTokens() == capacity
                    && idle.unknownPrefixes().getAvailableTokens() == unknownPrefixes);
        }
        return byAddress.computeIfAbsent(address, ignored -> new Buckets(
                RateLimiter.bucket(capacity, capacity, period),
                RateLimiter.bucket(unknownPrefixes, unknownPrefixes, period)));
    }
}
