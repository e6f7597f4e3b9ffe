package org.maillage.diagnostics.rest;

import org.maillage.diagnostics.territories.domain.Territory;


/** Bounds stated by the contract, each true of what the service stores or accepts. */
public final class Bounds {

    /** See {@link Territory#MAX_NAME_LENGTH}. */
    public static final int TERRITORY_NAME = Territory.MAX_NAME_LENGTH;
    public static final int TERRITORY_CODE = Territory.MAX_CODE_LENGTH;
    /** A territory filter, LEVEL:code: the longest level name (COLLECTIVITE_OUTRE_MER, 22), a colon and a code. */
    public static final int TERRITORY_FILTER = 22 + 1 + TERRITORY_CODE;
    /** Indicator codes are stored as varchar(64). */
    public static final int INDICATOR_CODE = 64;
    /** Periods are stored as varchar(10): 2024, 2024-Q1 or 2024-03. */
    public static final int PERIOD = 10;
    /** A territory has at most one parent per level above it: EPCI, département, région, overseas collectivity. */
    public static final int PARENTS = 4;
    /** Counts held in a Java int (list sizes, numbers of peers or of rows), never negative. */
    public static final String INT_MAX = "2147483647";
    /** A bigint column checked non-negative (population). */
    public static final String LONG_MAX = "9223372036854775807";

    private Bounds() {
    }
}
