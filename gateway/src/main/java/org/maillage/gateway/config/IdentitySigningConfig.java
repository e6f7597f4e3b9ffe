package org.maillage.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import org.maillage.commons.security.IdentityClaims;

/**
 * How the gateway signs the token it gives each forwarded call, telling the service who the caller is; the
 * services verify it with commons' {@code IdentityConfig} ({@code maillage.identity}).
 */
@ConfigMapping(prefix = "maillage.gateway.identity")
public interface IdentitySigningConfig {

    @WithDefault(IdentityClaims.DEFAULT_ISSUER)
    String issuer();

    @WithDefault(IdentityClaims.DEFAULT_AUDIENCE)
    String audience();

    /** Short: a token copied from a log or a service is soon useless. */
    @WithDefault("60s")
    Duration lifetime();

    /** EC P-256 key pair in PEM (PKCS#8 private, X.509 public); a per-run key when absent. */
    Optional<String> privateKey();

    Optional<String> publicKey();
}
