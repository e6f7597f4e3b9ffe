package org.maillage.commons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraceParentsTest {

    private static final String SAMPLED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aWellFormedTraceparentNamesTheParentSpan() {
        var parent = Span.fromContext(TraceParents.parent(SAMPLED)).getSpanContext();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parent.getTraceId());
        assertEquals("00f067aa0ba902b7", parent.getSpanId());
        assertTrue(parent.isRemote());
        assertEquals(Optional.of(SAMPLED), TraceParents.wellFormed(SAMPLED));
    }

    @Test
    void aMalformedOrAbsentTraceparentNamesNoParent() {
        for (String malformed : new String[] {null, "", "00-zz-00f067aa0ba902b7-01", SAMPLED + "-extra" + "x".repeat(600),
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01"}) {
            assertFalse(Span.fromContext(TraceParents.parent(malformed)).getSpanContext().isValid(), String.valueOf(malformed));
            assertEquals(Optional.empty(), TraceParents.wellFormed(malformed));
        }
    }

    @Test
    void withoutACurrentSpanAWriteStartsANewSampledTrace() {
        assertEquals(Optional.empty(), TraceParents.ofCurrentSpan());
        assertTrue(TraceParents.current().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        assertFalse(TraceParents.current().equals(TraceParents.current()));
    }
}
