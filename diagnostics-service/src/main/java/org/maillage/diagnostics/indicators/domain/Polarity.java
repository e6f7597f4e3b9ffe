package org.maillage.diagnostics.indicators.domain;

/** Which direction of an indicator is a fragility. */
public enum Polarity {
    HIGHER_IS_WORSE,
    HIGHER_IS_BETTER,
    /** Descriptive only (population, area): never a fragility. */
    NEUTRAL
}
