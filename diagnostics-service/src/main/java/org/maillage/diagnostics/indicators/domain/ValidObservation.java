package org.maillage.diagnostics.indicators.domain;

import org.maillage.territory.TerritoryLevel;

/** An observation that passed validation, ready to be written. */
public record ValidObservation(String indicator, TerritoryLevel level, String territoryCode, String period, double value,
                               String source) {
}
