package org.maillage.diagnostics.diagnostics.domain;

/** Among which territories of the same level a percentile rank is computed. */
public enum PeerScope {
    NATIONAL,
    /** Only those within a parent of the territory (by default the nearest). */
    PARENT
}
