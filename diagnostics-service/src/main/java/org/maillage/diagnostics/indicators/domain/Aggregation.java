package org.maillage.diagnostics.indicators.domain;

/** How values of an indicator above the commune are derived from the values of its communes. */
public enum Aggregation {
    /** Counts: the sum of the communes' values. */
    SUM,
    /** Rates and shares: the mean of the communes' values weighted by their legal populations. */
    POPULATION_WEIGHTED_MEAN,
    /** Not derivable: only imported values exist above the commune. */
    NONE
}
