package org.maillage.diagnostics.indicators.repository;

import java.sql.SQLException;
import java.util.List;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;

/**
 * A sum or weighted mean PostgreSQL cannot hold in a double (SQLSTATE 22003). Imports keep values within
 * ±10^15, so only values stored before that bound can cause it: a conflict with the stored data (409), which
 * tells the caller which figures to re-import; the transaction, rolled back, changes nothing.
 */
final class AggregationOverflow {

    private static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";

    private AggregationOverflow() {
    }

    static RuntimeException translate(SQLException e, List<String> indicators, List<String> periods, String what) {
        if (NUMERIC_VALUE_OUT_OF_RANGE.equals(e.getSQLState())) {
            return new ConflictException("Aggregating " + indicators + " for periods " + periods + " overflows:"
                    + " some stored values are too large; re-import them within ±10^15. Nothing was written",
                    List.of(new FieldError("value", "AggregationOverflow", "the sum or weighted mean of the values"
                            + " exceeds what a double holds")));
        }
        return new IllegalStateException(what, e);
    }
}
