package org.maillage.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Who may call the public API, how often, and with how large a body. */
@ConfigMapping(prefix = "maillage.gateway.security")
public interface SecurityConfig {

    /**
     * SHA-256 (hex) of an admin key accepted without a database row, so a fresh installation can create its
     * first keys. The key itself never appears in configuration.
     */
    Optional<String> bootstrapAdminKeySha256();

    /**
     * How long a key looked up in the database is trusted before it is read again. Changes are evicted as soon as
     * they commit, on every instance: this only bounds what a lost notification could keep alive.
     */
    @WithDefault("10s")
    Duration keyCacheTtl();

    /** Last use of keys is written in one batch at this interval rather than once per request. */
    @WithDefault("30s")
    Duration lastUseFlushInterval();

    /** Largest request body accepted, in bytes. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Larger (or smaller) limits for some paths: path prefix → bytes; the longest matching prefix wins. */
    Map<String, Long> bodyLimits();

    Jwt jwt();

    RateLimit rateLimit();

    AddressLimit addressLimit();

    /**
     * Bearer tokens issued to front-ends by an identity provider. Disabled while neither a public key nor a JWKS
     * URL is set.
     */
    interface Jwt {
        @WithDefault("https://maillage.org/identity")
        String issuer();

        /** The {@code aud} a token must name: a token minted for another application is refused. */
        @WithDefault("maillage-api")
        String audience();

        /** Longest {@code exp - iat} accepted: a stolen long-lived token would outlive any revocation. */
        @WithDefault("1h")
        Duration maxLifetime();

        /** PEM-encoded RSA or EC public key verifying tokens that name no {@code kid} (local use). */
        Optional<String> publicKey();

        /** The identity provider's JSON Web Key Set, which verifies tokens naming a {@code kid}. */
        Optional<URI> jwksUrl();

        /** How long a fetched key set is used when its answer sets no cache lifetime of its own. */
        @WithDefault("10m")
        Duration jwksCacheDuration();

        /**
         * Least time between two fetches of the key set: an unknown {@code kid} fetches it again (key rotation),
         * but tokens naming made-up kids cannot make the gateway hammer the identity provider.
         */
        @WithDefault("5s")
        Duration jwksRefreshMinInterval();

        /** Claim that makes a token admin when it holds {@link #adminClaimValue()}; without both, none is. */
        Optional<String> adminClaim();

        Optional<String> adminClaimValue();
    }

    /**
     * Token buckets per client address (IPv6: per /64), checked before any key lookup, for what strangers can
     * send: calls refused with 401 and the public documents, a burst of {@code capacity} refilled over
     * {@code period}; and key prefixes not found in the database, at most {@code unknownPrefixes} per period.
     */
    interface AddressLimit {
        @WithDefault("60")
        int capacity();

        @WithDefault("1m")
        Duration period();

        @WithDefault("10")
        int unknownPrefixes();
    }

    /**
     * Token bucket per caller: a burst of {@code capacity} requests, then {@code refillPerSecond}. The buckets live
     * in PostgreSQL, shared by every gateway instance; each instance spends part of a bucket on its own between two
     * round trips to it (the {@code sync-*} settings).
     */
    interface RateLimit {
        @WithDefault("120")
        int capacity();

        @WithDefault("20")
        double refillPerSecond();

        /**
         * Share of a bucket's capacity an instance may spend without asking PostgreSQL: n instances let a caller
         * through at most n times this share of its limit more than it has. A bucket of which this share is less
         * than one token asks on every call.
         */
        @WithDefault("0.04")
        double syncShare();

        /** Longest an instance decides alone, however few calls it saw. */
        @WithDefault("2s")
        Duration syncInterval();

        /**
         * Longest a statement against the buckets may take before the instance limits on its own (a JDBC query
         * timeout: whole seconds, at least one).
         */
        @WithDefault("1s")
        Duration syncTimeout();

        /** Once PostgreSQL failed to answer, how long the instance limits on its own before it asks again. */
        @WithDefault("5s")
        Duration syncRetryAfter();
    }
}
