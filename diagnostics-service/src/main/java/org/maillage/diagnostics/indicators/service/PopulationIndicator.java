package org.maillage.diagnostics.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.maillage.diagnostics.config.DiagnosticsConfig;
import org.maillage.diagnostics.indicators.domain.Aggregation;
import org.maillage.diagnostics.indicators.domain.IndicatorDefinition;
import org.maillage.diagnostics.indicators.domain.Polarity;
import org.maillage.diagnostics.indicators.repository.ObservationSummaries;

/**
 * Population is a real indicator: the legal populations of the territorial reference, for every territory
 * (above the commune, the sum of its communes, as the reference computes them). Kept in step with the
 * territory table at every startup; only changed values are written.
 */
@ApplicationScoped
public class PopulationIndicator {

    public static final String CODE = "population";

    private final IndicatorService indicators;
    private final EntityManager entityManager;
    private final DiagnosticsConfig config;
    private final ObservationSummaries summaries;

    public PopulationIndicator(IndicatorService indicators, EntityManager entityManager, DiagnosticsConfig config,
                               ObservationSummaries summaries) {
        this.indicators = indicators;
        this.entityManager = entityManager;
        this.config = config;
        this.summaries = summaries;
    }

    /** Returns the number of observations written. */
    @Transactional
    public int load(String referenceSource) {
        String source = "INSEE legal municipal populations, as shipped in " + referenceSource;
        indicators.ensure(CODE, new IndicatorDefinition("Population",
                "Legal municipal population; above the commune, the sum of its communes", "inhabitants", null,
                Polarity.NEUTRAL, Aggregation.SUM, source), false);
        int written = entityManager.createNativeQuery("""
                        INSERT INTO observation (indicator_code, period, territory_level, territory_code, value, source,
                                                 derived, updated_at)
                        SELECT ?1, ?2, level, code, population, ?3, false, now() FROM territory
                        ON CONFLICT (indicator_code, period, territory_level, territory_code) DO UPDATE
                            SET value = excluded.value, source = excluded.source, derived = false,
                                updated_at = excluded.updated_at
                            WHERE observation.value IS DISTINCT FROM excluded.value""")
                .setParameter(1, CODE)
                .setParameter(2, config.populationPeriod())
                .setParameter(3, source)
                .executeUpdate();
        summaries.refresh(List.of(CODE), List.of(config.populationPeriod()));
        return written;
    }
}
