package org.maillage.diagnostics.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.maillage.territory.TerritoryReference;

/** Brings the territory table up to date before the service takes requests. */
@ApplicationScoped
public class TerritoryReferenceStartup {

    private static final Logger LOG = Logger.getLogger(TerritoryReferenceStartup.class);

    private final TerritoryReferenceSync sync;

    public TerritoryReferenceStartup(TerritoryReferenceSync sync) {
        this.sync = sync;
    }

    void onStart(@Observes StartupEvent event) {
        long start = System.nanoTime();
        TerritoryReference reference = TerritoryReference.load();
        long read = System.nanoTime();
        boolean loaded = sync.loadIfOutdated(reference);
        long end = System.nanoTime();
        if (loaded) {
            LOG.infof("Loaded %d territories of %s into the database in %d ms (reading the reference took %d ms)",
                    reference.all().size(), reference.source(), millis(read, end), millis(start, read));
        } else {
            LOG.infof("Territories of %s already loaded (checked in %d ms)", reference.source(), millis(start, end));
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
