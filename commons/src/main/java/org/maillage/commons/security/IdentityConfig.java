package org.maillage.commons.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * How a service verifies the identity token the gateway forwards with every call; the gateway signs it with
 * settings of its own ({@code maillage.gateway.identity}).
 */
@ConfigMapping(prefix = "maillage.identity")
public interface IdentityConfig {

    /** Off only where no gateway stands in front, that is in the gateway itself. */
    @WithDefault("true")
    boolean required();

    @WithDefault(IdentityClaims.DEFAULT_ISSUER)
    String issuer();

    @WithDefault(IdentityClaims.DEFAULT_AUDIENCE)
    String audience();

    /** The gateway's EC P-256 public key, X.509 PEM. Without it every API call is refused. */
    Optional<String> publicKey();
}
