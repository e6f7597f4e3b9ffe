package org.maillage.commons.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How a service checks the identity token the gateway forwards with every call. */
@ConfigMapping(prefix = "maillage.identity")
public interface IdentityConfig {

    /** Off only where no gateway stands in front, that is in the gateway itself. */
    @WithDefault("true")
    boolean required();

    @WithDefault("maillage-gateway")
    String issuer();

    @WithDefault("maillage-services")
    String audience();

    /** The gateway's EC P-256 public key, X.509 PEM. Without it every API call is refused. */
    Optional<String> publicKey();
}
