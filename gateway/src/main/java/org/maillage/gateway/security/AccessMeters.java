package org.maillage.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** Meters of the gateway's access checks (README, "Metrics and health"). */
@Singleton
public class AccessMeters {

    /** The limit that refused a call: the caller's own, the client address's, or its unknown-key lookups. */
    public enum Limiter {
        KEY("key"), ADDRESS("address"), UNKNOWN_PREFIXES("unknown-prefixes");

        private final String tag;

        Limiter(String tag) {
            this.tag = tag;
        }
    }

    private final MeterRegistry registry;
    private final Counter cacheHits;
    private final Counter cacheMisses;

    public AccessMeters(MeterRegistry registry) {
        this.registry = registry;
        this.cacheHits = cacheLookups(registry, "hit");
        this.cacheMisses = cacheLookups(registry, "miss");
        for (Limiter limiter : Limiter.values()) {
            refusals(limiter);
        }
    }

    void refused(Limiter limiter) {
        refusals(limiter).increment();
    }

    void keyLookedUp(boolean cached) {
        (cached ? cacheHits : cacheMisses).increment();
    }

    private Counter refusals(Limiter limiter) {
        return Counter.builder("maillage.gateway.rate.limit.refusals")
                .description("Calls answered 429 by this instance, per limit").tags("limiter", limiter.tag)
                .register(registry);
    }

    private static Counter cacheLookups(MeterRegistry registry, String result) {
        return Counter.builder("maillage.gateway.key.cache.lookups")
                .description("API keys presented, found in this instance's cache (hit) or read from the database (miss)")
                .tags("result", result).register(registry);
    }
}
