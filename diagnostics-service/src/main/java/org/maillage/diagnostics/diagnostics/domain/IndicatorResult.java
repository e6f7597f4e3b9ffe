package org.maillage.diagnostics.diagnostics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.indicators.domain.IndicatorDefinition;
import org.maillage.diagnostics.indicators.domain.ObservationBounds;
import org.maillage.diagnostics.indicators.domain.Polarity;
import org.maillage.vocabulary.Theme;
/**
 * One indicator of a diagnostic.
 *
 * @param relativeGap     (value − reference) / |reference|; null without a non-zero reference, or beyond ±10^9
 * @param percentileRank  0–100, higher is a worse situation: 100 × (peers in a better situation + half of the
 *                        peers with the same value, itself included) / peers; null for a neutral indicator
 * @param worsePeers      peers in a strictly worse situation
 */
public record IndicatorResult(@Schema(maxLength = IndicatorDefinition.MAX_CODE) String indicator,
                              @Schema(maxLength = IndicatorDefinition.MAX_LABEL) String label,
                              @Schema(maxLength = IndicatorDefinition.MAX_UNIT) String unit, Theme theme, Polarity polarity,
                              boolean synthetic,
                              @Schema(minimum = ObservationBounds.MIN_AGGREGATE_TEXT, maximum = ObservationBounds.MAX_AGGREGATE_TEXT)
                              Double value,
                              @Schema(minimum = ObservationBounds.MIN_AGGREGATE_TEXT, maximum = ObservationBounds.MAX_AGGREGATE_TEXT)
                              Double referenceValue,
                              @Schema(description = "(value − reference) / |reference|; none without a non-zero reference,"
                                      + " or when it would exceed a billion times the reference",
                                      minimum = ObservationBounds.MIN_RELATIVE_GAP_TEXT, maximum = ObservationBounds.MAX_RELATIVE_GAP_TEXT)
                              Double relativeGap,
                              @Schema(minimum = "0", maximum = "2147483647") int peerCount,
                              @Schema(minimum = "0", maximum = "100") Double percentileRank,
                              @Schema(minimum = "0", maximum = "2147483647") Integer worsePeers,
                              @Schema(minimum = "0", maximum = "2147483647") Integer betterPeers, Severity severity,
                              @Schema(maxLength = MAX_EXPLANATION) String explanation) {

    /** Longest explanation: Explanations cuts longer ones. */
    public static final int MAX_EXPLANATION = 2000;
}
