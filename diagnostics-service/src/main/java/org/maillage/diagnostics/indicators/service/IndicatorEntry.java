package org.maillage.diagnostics.indicators.service;

import java.time.Instant;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.vocabulary.Theme;

/**
 * One entry of the indicators' change list.
 *
 * @param at        when it last changed, or was deleted
 * @param indicator null for a tombstone (a deleted indicator)
 */
public record IndicatorEntry(String code, Theme theme, Instant at, Indicator indicator) {
}
