package org.maillage.gateway.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the event feed keeps events, and how often it forgets the older ones. */
@ConfigMapping(prefix = "maillage.gateway.feed")
public interface FeedConfig {

    /** Events received longer ago than this are purged; a cursor pointing before them is answered 410. */
    @WithDefault("30d")
    Duration retention();

    @WithDefault("1h")
    Duration purgeInterval();
}
