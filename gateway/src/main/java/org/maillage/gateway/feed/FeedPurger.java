package org.maillage.gateway.feed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.maillage.gateway.housekeeping.Housekeeping;

/** Applies the feed's retention periodically; every instance may run it, the deletes are idempotent. */
@ApplicationScoped
public class FeedPurger {

    private final FeedService feed;
    private final FeedConfig config;
    private final Housekeeping housekeeping;

    public FeedPurger(FeedService feed, FeedConfig config, Housekeeping housekeeping) {
        this.feed = feed;
        this.config = config;
        this.housekeeping = housekeeping;
    }

    void start(@Observes StartupEvent started) {
        housekeeping.every(config.purgeInterval(), "Purge of feed events older than " + config.retention(), feed::purge);
    }
}
