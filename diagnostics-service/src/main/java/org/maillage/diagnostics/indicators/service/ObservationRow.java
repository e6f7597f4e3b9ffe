package org.maillage.diagnostics.indicators.service;

import org.maillage.territory.TerritoryLevel;

/**
 * One observation as read from an import, before validation.
 *
 * @param line  CSV: line in the file (the header is line 1); JSON: position in {@code observations}, from 1
 * @param level null when the import did not say: resolved from the code
 */
public record ObservationRow(int line, String column, String indicator, String territoryCode, TerritoryLevel level,
                             String period, double value, String source) {
}
