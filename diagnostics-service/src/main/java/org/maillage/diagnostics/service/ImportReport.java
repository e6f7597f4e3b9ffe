package org.maillage.diagnostics.service;

import java.util.List;
import java.util.UUID;

/**
 * Outcome of an import.
 *
 * @param status  APPLIED (nothing rejected), PARTIALLY_APPLIED (PARTIAL mode, valid rows written) or REJECTED
 *                (ALL_OR_NOTHING mode with rejections: nothing written)
 * @param derived values of EPCI, départements, régions and overseas collectivities (re)derived from communes
 */
public record ImportReport(UUID importId, String status, ImportMode mode, int received, int created, int updated,
                           int skipped, int rejected, int derived, List<String> indicators, List<String> periods,
                           List<Rejection> rejections) {

    public static final String APPLIED = "APPLIED";
    public static final String PARTIALLY_APPLIED = "PARTIALLY_APPLIED";
    public static final String REJECTED = "REJECTED";
}
