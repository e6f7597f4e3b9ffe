package org.maillage.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7WithTheirMillisecondInFront() {
        long millis = 1_795_000_000_123L;
        UUID id = TimeOrderedIds.at(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
        assertEquals(String.format("%012x", millis), id.toString().replace("-", "").substring(0, 12));
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsPostgresqlComparesThem() {
        // PostgreSQL compares uuids byte by byte, unsigned: the order of their canonical text.
        String earlier = TimeOrderedIds.at(1_795_000_000_123L).toString();
        String later = TimeOrderedIds.at(1_795_000_000_124L).toString();
        assertTrue(earlier.compareTo(later) < 0, earlier + " should sort before " + later);
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.at(1_795_000_000_123L));
        }
        assertEquals(100_000, ids.size());
    }
}
