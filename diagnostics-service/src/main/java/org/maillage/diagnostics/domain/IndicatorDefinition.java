package org.maillage.diagnostics.domain;

/** The editable part of an indicator. */
public record IndicatorDefinition(String label, String description, String unit, Theme theme, Polarity polarity,
                                  Aggregation aggregation, String source) {
}
