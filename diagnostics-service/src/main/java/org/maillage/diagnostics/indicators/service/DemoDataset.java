package org.maillage.diagnostics.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.maillage.diagnostics.config.DiagnosticsConfig;
import org.maillage.territory.TerritoryLevel;

/**
 * The clearly labelled SYNTHETIC demo dataset: four indicators over every commune, generated deterministically
 * and imported like any other data (so values above the commune are derived the same way). Loaded at startup
 * when {@code maillage.diagnostics.demo-data.enabled} is true and not loaded yet. Every indicator is flagged
 * {@code synthetic}, its label, description and source say so, and diagnostics using it carry a warning.
 */
@ApplicationScoped
public class DemoDataset {

    private final DiagnosticsConfig config;
    private final IndicatorService indicators;
    private final ObservationImportService imports;
    private final EntityManager entityManager;

    public DemoDataset(DiagnosticsConfig config, IndicatorService indicators, ObservationImportService imports,
                       EntityManager entityManager) {
        this.config = config;
        this.indicators = indicators;
        this.imports = imports;
        this.entityManager = entityManager;
    }

    public boolean enabled() {
        return config.demoData().enabled();
    }

    /** Loads the dataset unless it is there; returns the import report, or null when nothing was done. */
    @Transactional
    public ImportReport loadIfMissing() {
        long seed = config.demoData().seed();
        String period = config.demoData().period();
        for (DemoIndicator indicator : DemoIndicator.values()) {
            indicators.ensure(indicator.code(), indicator.definition(seed), true);
        }
        Number present = (Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM observation WHERE indicator_code = ?1 AND period = ?2 AND NOT derived")
                .setParameter(1, DemoIndicator.UNEMPLOYMENT.code()).setParameter(2, period).getSingleResult();
        if (present.longValue() > 0) {
            return null;
        }
        String source = DemoIndicator.UNEMPLOYMENT.definition(seed).source();
        return imports.importRows(rows(seed, period, source), ImportMode.ALL_OR_NOTHING, source);
    }

    private List<ObservationRow> rows(long seed, String period, String source) {
        List<?> communes = entityManager.createNativeQuery("""
                SELECT code, coalesce(departement_code, collectivite_outre_mer_code, ''), population
                FROM territory WHERE level = 'COMMUNE' ORDER BY code""").getResultList();
        List<ObservationRow> rows = new ArrayList<>(communes.size() * DemoIndicator.values().length);
        int line = 0;
        for (Object row : communes) {
            Object[] commune = (Object[]) row;
            String code = (String) commune[0];
            long population = ((Number) commune[2]).longValue();
            for (DemoIndicator indicator : DemoIndicator.values()) {
                rows.add(new ObservationRow(++line, null, indicator.code(), code, TerritoryLevel.COMMUNE, period,
                        indicator.valueFor(seed, code, (String) commune[1], population), source));
            }
        }
        return rows;
    }
}
