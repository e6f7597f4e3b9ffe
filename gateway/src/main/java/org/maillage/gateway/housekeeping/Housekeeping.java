package org.maillage.gateway.housekeeping;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Runs the gateway's periodic clean-ups off the event loop. Every instance runs them: each task is an idempotent
 * delete or update. A failed run is logged and the next one tries again.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final Vertx vertx;

    public Housekeeping(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Every {@code interval}, runs {@code task}, which answers how many rows it removed or cleared. */
    public void every(Duration interval, String what, LongSupplier task) {
        vertx.setPeriodic(interval.toMillis(), timer -> vertx.executeBlocking(() -> {
            try {
                long rows = task.getAsLong();
                if (rows > 0) {
                    LOG.infof("%s: %d rows", what, rows);
                }
            } catch (RuntimeException e) {
                LOG.warnf("%s failed: %s", what, e.toString());
            }
            return null;
        }, false));
    }
}
