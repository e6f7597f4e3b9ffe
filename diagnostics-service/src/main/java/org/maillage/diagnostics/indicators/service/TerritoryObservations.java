package org.maillage.diagnostics.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.maillage.diagnostics.indicators.domain.StoredObservation;
import org.maillage.diagnostics.indicators.repository.ObservationQueries;
import org.maillage.territory.TerritoryKey;

/** The observations of one territory, imported and derived, page by page in (indicator, period) order. */
@ApplicationScoped
public class TerritoryObservations {

    private final ObservationQueries observations;

    public TerritoryObservations(ObservationQueries observations) {
        this.observations = observations;
    }

    /** Those of an indicator and a period when given, after (afterIndicator, afterPeriod) when given. */
    public List<StoredObservation> page(TerritoryKey territory, String indicator, String period, String afterIndicator,
                                        String afterPeriod, int fetchSize) {
        return observations.page(territory, indicator, period, afterIndicator, afterPeriod, fetchSize);
    }
}
