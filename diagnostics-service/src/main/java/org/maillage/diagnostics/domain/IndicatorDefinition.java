package org.maillage.diagnostics.domain;

import org.maillage.vocabulary.Theme;
/** The editable part of an indicator. */
public record IndicatorDefinition(String label, String description, String unit, Theme theme, Polarity polarity,
                                  Aggregation aggregation, String source) {
}
