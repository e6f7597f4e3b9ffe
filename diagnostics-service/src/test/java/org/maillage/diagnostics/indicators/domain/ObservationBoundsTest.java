package org.maillage.diagnostics.indicators.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObservationBoundsTest {

    @Test
    void importedValuesStayWithinTenToTheFifteenth() {
        assertTrue(ObservationBounds.importable(-1e15));
        assertTrue(ObservationBounds.importable(1e15));
        assertFalse(ObservationBounds.importable(Math.nextUp(1e15)));
        assertFalse(ObservationBounds.importable(-1e308));
        assertFalse(ObservationBounds.importable(Double.NaN));
        assertEquals(Double.parseDouble(ObservationBounds.MAX_IMPORTED_TEXT), ObservationBounds.MAX_IMPORTED);
    }

    @Test
    void aGapIsReportedOnlyWhenItMeansSomething() {
        assertEquals(0.5, ObservationBounds.relativeGap(15, 10.0));
        assertEquals(-2.0, ObservationBounds.relativeGap(-10, 10.0));
        assertNull(ObservationBounds.relativeGap(15, null));
        assertNull(ObservationBounds.relativeGap(15, 0.0));
        assertNull(ObservationBounds.relativeGap(1e15, 1e-300), "beyond a billion times the reference");
        assertNull(ObservationBounds.relativeGap(1e15, Double.MIN_VALUE), "infinite");
        assertEquals(1e9, ObservationBounds.relativeGap(1e9 + 1, 1.0), 1);
    }
}
