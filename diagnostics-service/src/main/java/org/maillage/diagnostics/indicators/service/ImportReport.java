package org.maillage.diagnostics.indicators.service;

import java.util.List;
import java.util.UUID;

/**
 * Outcome of an import.
 *
 * @param status  APPLIED (nothing rejected), PARTIALLY_APPLIED (PARTIAL mode, valid rows written) or REJECTED
 *                (ALL_OR_NOTHING mode with rejections: nothing written)
 * @param rejected   every rejected row or cell, also those beyond {@code rejections}
 * @param rejections the first {@link #MAX_REJECTIONS_SHOWN} rejections, in line order
 * @param derived values of EPCI, départements, régions and overseas collectivities (re)derived from communes
 */
public record ImportReport(UUID importId, String status, ImportMode mode, int received, int created, int updated,
                           int skipped, int rejected, int derived, List<String> indicators, List<String> periods,
                           List<Rejection> rejections) {

    public static final String APPLIED = "APPLIED";
    public static final String PARTIALLY_APPLIED = "PARTIALLY_APPLIED";
    public static final String REJECTED = "REJECTED";
    /** Most indicators one import writes: a catalogue's worth, far beyond the columns of a statistics file. */
    public static final int MAX_INDICATORS = 200;
    /** Most periods one import writes: forty years of months. */
    public static final int MAX_PERIODS = 500;
    /** Rejections listed, in line order; {@code rejected} counts every one. */
    public static final int MAX_REJECTIONS_SHOWN = 1000;
}
