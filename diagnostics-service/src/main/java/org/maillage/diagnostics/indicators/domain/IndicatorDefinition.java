package org.maillage.diagnostics.indicators.domain;

import org.maillage.vocabulary.Theme;
/** The editable part of an indicator. */
public record IndicatorDefinition(String label, String description, String unit, Theme theme, Polarity polarity,
                                  Aggregation aggregation, String source) {

    /** Longest texts accepted (request validation) and stated by the contract; the columns are text. */
    public static final int MAX_LABEL = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_UNIT = 32;
    public static final int MAX_SOURCE = 500;
    /** Codes are stored as varchar(64). */
    public static final int MAX_CODE = 64;
}
