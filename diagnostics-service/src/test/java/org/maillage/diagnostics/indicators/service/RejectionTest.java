package org.maillage.diagnostics.indicators.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void echoedTextsAreCutToTheStatedLengths() {
        String huge = "x".repeat(100_000);
        Rejection r = new Rejection(7, huge, huge, "NotANumber", "not a number: " + huge);
        assertEquals(Rejection.MAX_ECHO, r.column().length());
        assertEquals(Rejection.MAX_ECHO, r.value().length());
        assertEquals(Rejection.MAX_REASON, r.reason().length());
        assertTrue(r.value().endsWith("…"));
        assertEquals("1004", new Rejection(2, "CODGEO", "1004", "UnknownTerritory", "unknown").value());
    }
}
