package org.maillage.diagnostics.indicators.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoIndicatorTest {

    @Test
    void sameSeedSameValuesAndClearlyLabelled() {
        for (DemoIndicator indicator : DemoIndicator.values()) {
            double value = indicator.valueFor(42, "93066", "93", 149_077);
            assertEquals(value, indicator.valueFor(42, "93066", "93", 149_077));
            assertTrue(indicator.definition(42).label().endsWith("(SYNTHETIC demo data)"));
            assertTrue(indicator.definition(42).source().startsWith("SYNTHETIC"));
            assertTrue(indicator.definition(42).description().contains("NOT real statistics"));
        }
        assertNotEquals(DemoIndicator.UNEMPLOYMENT.valueFor(42, "93066", "93", 149_077),
                DemoIndicator.UNEMPLOYMENT.valueFor(43, "93066", "93", 149_077));
    }
}
