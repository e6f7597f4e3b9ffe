package org.maillage.diagnostics.indicators.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.maillage.diagnostics.territories.service.TerritoryReferenceSync;
import org.maillage.territory.TerritoryReference;

/**
 * Brings the reference data up to date before the service takes requests: the territory table, the population
 * indicator and, when enabled, the synthetic demo dataset.
 */
@ApplicationScoped
public class ReferenceDataStartup {

    private static final Logger LOG = Logger.getLogger(ReferenceDataStartup.class);

    private final TerritoryReferenceSync sync;
    private final PopulationIndicator population;
    private final DemoDataset demoDataset;

    public ReferenceDataStartup(TerritoryReferenceSync sync, PopulationIndicator population, DemoDataset demoDataset) {
        this.sync = sync;
        this.population = population;
        this.demoDataset = demoDataset;
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
        int populations = population.load(reference.source());
        LOG.infof("Population indicator up to date (%d values written)", populations);
        if (demoDataset.enabled()) {
            long demoStart = System.nanoTime();
            ImportReport report = demoDataset.loadIfMissing();
            if (report != null) {
                LOG.warnf("Loaded the SYNTHETIC demo dataset (%d commune values, %d derived) in %d ms: these figures"
                        + " are generated, NOT real statistics", report.created(), report.derived(),
                        millis(demoStart, System.nanoTime()));
            }
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
