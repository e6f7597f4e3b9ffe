package org.maillage.commons.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on the request line and headers, answered with a problem. They sit below the HTTP codec's own
 * limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, set higher in the
 * shared defaults): only a request past those gets the codec's bare answer without a body.
 */
@ConfigMapping(prefix = "maillage.http")
public interface HttpLimitsConfig {

    /** Longest request target (path and query, as sent) answered normally; longer ones get a 414 problem. */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest total of header names and values; larger ones get a 431 problem. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
