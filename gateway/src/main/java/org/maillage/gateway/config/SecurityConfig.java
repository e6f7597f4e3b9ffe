package org.maillage.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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

    /** How long a key looked up in the database is trusted before it is read again (revocation elsewhere). */
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

    /** Bearer tokens issued to front-ends by an identity provider. Disabled while no public key is set. */
    interface Jwt {
        @WithDefault("https://maillage.org/identity")
        String issuer();

        /** PEM-encoded RSA or EC public key verifying the tokens' signature. */
        Optional<String> publicKey();
    }

    /** Token bucket per caller: a burst of {@code capacity} requests, then {@code refillPerSecond}. */
    interface RateLimit {
        @WithDefault("120")
        int capacity();

        @WithDefault("20")
        double refillPerSecond();
    }
}
