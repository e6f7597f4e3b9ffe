package org.maillage.diagnostics.diagnostics.domain;

/** How fragile a territory is on one indicator, from its percentile rank among its peers. */
public enum Severity {
    NONE,
    WATCH,
    FRAGILE,
    CRITICAL;

    /** FRAGILE and CRITICAL indicators are the diagnostic's fragilities. */
    public boolean isFragility() {
        return this == FRAGILE || this == CRITICAL;
    }
}
