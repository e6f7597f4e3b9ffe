package org.maillage.diagnostics.indicators.domain;

/**
 * How large the numbers of observations and diagnostics may be. Imported values are bounded so that every sum
 * and population-weighted mean the service computes from them stays a finite double, far from overflow.
 */
public final class ObservationBounds {

    /** Largest magnitude of an imported value: above any count or amount a territory has (10^15). */
    public static final double MAX_IMPORTED = 1e15;
    public static final String MAX_IMPORTED_TEXT = "1000000000000000";
    public static final String MIN_IMPORTED_TEXT = "-1000000000000000";
    /**
     * Largest magnitude of a derived value or a reference: a sum over every commune of France (fewer than 10^5)
     * of imported values (10^15 at most).
     */
    public static final String MAX_AGGREGATE_TEXT = "100000000000000000000";
    public static final String MIN_AGGREGATE_TEXT = "-100000000000000000000";
    /** A relative gap beyond a billion times the reference says nothing more: none is reported. */
    public static final double MAX_RELATIVE_GAP = 1e9;
    public static final String MAX_RELATIVE_GAP_TEXT = "1000000000";
    public static final String MIN_RELATIVE_GAP_TEXT = "-1000000000";

    private ObservationBounds() {
    }

    public static boolean importable(double value) {
        return Double.isFinite(value) && Math.abs(value) <= MAX_IMPORTED;
    }

    /** (value − reference) / |reference|, or null without a usable reference or beyond ±{@link #MAX_RELATIVE_GAP}. */
    public static Double relativeGap(double value, Double reference) {
        if (reference == null || reference == 0) {
            return null;
        }
        double gap = (value - reference) / Math.abs(reference);
        return Double.isFinite(gap) && Math.abs(gap) <= MAX_RELATIVE_GAP ? gap : null;
    }
}
