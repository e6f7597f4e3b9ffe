package org.maillage.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The token the gateway gives each forwarded call, telling the service who the caller is. */
@ConfigMapping(prefix = "maillage.gateway.identity")
public interface IdentityConfig {

    @WithDefault("maillage-gateway")
    String issuer();

    @WithDefault("maillage-services")
    String audience();

    /** Short: a token copied from a log or a service is soon useless. */
    @WithDefault("60s")
    Duration lifetime();

    /** EC P-256 key pair in PEM (PKCS#8 private, X.509 public); a per-run key when absent. */
    Optional<String> privateKey();

    Optional<String> publicKey();
}
