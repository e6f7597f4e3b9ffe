package org.maillage.commons.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How Idempotency-Key is honoured on POST. */
@ConfigMapping(prefix = "maillage.idempotency")
public interface IdempotencyConfig {

    @WithDefault("true")
    boolean enabled();

    /** How long a key and its recorded response are kept; a retry after that runs the request again. */
    @WithDefault("24h")
    Duration retention();

    /**
     * A key claimed by a request that never recorded its response (the process died) is given up after this
     * long, so a client is not locked out of its own key until the retention ends.
     */
    @WithDefault("60s")
    Duration claimTimeout();
}
