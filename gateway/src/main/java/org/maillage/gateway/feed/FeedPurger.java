package org.maillage.gateway.feed;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Applies the feed's retention periodically; every instance may run it, the deletes are idempotent. */
@ApplicationScoped
public class FeedPurger {

    private static final Logger LOG = Logger.getLogger(FeedPurger.class);

    private final FeedService feed;
    private final FeedConfig config;
    private final Vertx vertx;

    public FeedPurger(FeedService feed, FeedConfig config, Vertx vertx) {
        this.feed = feed;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(config.purgeInterval().toMillis(), timer -> vertx.executeBlocking(() -> {
            try {
                int purged = feed.purge();
                if (purged > 0) {
                    LOG.infof("Purged %d feed events older than %s", purged, config.retention());
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not purge the event feed: %s", e.toString());
            }
            return null;
        }, false));
    }
}
