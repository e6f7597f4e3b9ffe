package org.maillage.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.commons.problem.BadRequestException;

class CursorFormatTest {

    private static final CursorFormat BY_CODE = new CursorFormat("k:", '|', 1);
    private static final CursorFormat BY_CHANGE = new CursorFormat("c:", '/', 2);
    private static final CursorFormat BY_KEY = new CursorFormat("", '|', 2);

    @Test
    void cursorsIssuedBeforeTheSharedCodecStillDecode() {
        assertEquals(List.of("demo_unemployment_rate"), BY_CODE.decode("azpkZW1vX3VuZW1wbG95bWVudF9yYXRl"));
        assertEquals(List.of("1700000000.500", "demo_population"),
                BY_CHANGE.decode("YzoxNzAwMDAwMDAwLjUwMC9kZW1vX3BvcHVsYXRpb24"));
        assertEquals(List.of("93", "DEPARTEMENT"), BY_KEY.decode("OTN8REVQQVJURU1FTlQ"));
        assertEquals(new KeysetCursor(Instant.ofEpochSecond(1_700_000_000L, 5),
                        UUID.fromString("7f1d3c2a-0b4e-4f6a-9c8d-2e1f0a3b4c5d")),
                KeysetCursor.decode("MTcwMDAwMDAwMC41LzdmMWQzYzJhLTBiNGUtNGY2YS05YzhkLTJlMWYwYTNiNGM1ZA"));
    }

    @Test
    void encodingIsTheFormatThoseCursorsHad() {
        assertEquals("azpkZW1vX3VuZW1wbG95bWVudF9yYXRl", BY_CODE.encode("demo_unemployment_rate"));
        assertEquals("OTN8REVQQVJURU1FTlQ", BY_KEY.encode("93", "DEPARTEMENT"));
        assertEquals("MTcwMDAwMDAwMC41LzdmMWQzYzJhLTBiNGUtNGY2YS05YzhkLTJlMWYwYTNiNGM1ZA",
                new KeysetCursor(Instant.ofEpochSecond(1_700_000_000L, 5),
                        UUID.fromString("7f1d3c2a-0b4e-4f6a-9c8d-2e1f0a3b4c5d")).encode());
    }

    @Test
    void partsRoundTripAndTheLastKeepsTheSeparator() {
        Instant at = Instant.parse("2026-03-01T10:15:30.123456789Z");
        String cursor = BY_CHANGE.encode(CursorFormat.instant(at), "a/b");
        assertEquals(List.of(CursorFormat.instant(at), "a/b"), BY_CHANGE.decode(cursor));
        assertEquals(at, BY_CHANGE.decode(cursor, parts -> CursorFormat.instant(parts.get(0))));
        assertEquals(List.of("x|y"), BY_CODE.decode(BY_CODE.encode("x|y")));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(BY_CODE.decode(null));
        assertNull(BY_CHANGE.decode(null, parts -> parts.get(0)));
    }

    @Test
    void aCursorOfAnotherFormatOrUnreadableIs400() {
        for (String forged : new String[] {"%%%", BY_CODE.encode("x"), BY_KEY.encode("93", "DEPARTEMENT"),
                BY_CHANGE.encode("1700000000", "key"), BY_CHANGE.encode("1.x", "key")}) {
            BadRequestException e = assertThrows(BadRequestException.class,
                    () -> BY_CHANGE.decode(forged, parts -> CursorFormat.instant(parts.get(0))), forged);
            assertEquals("cursor", e.errors().get(0).field());
        }
        assertThrows(BadRequestException.class, () -> BY_KEY.decode(BY_CODE.encode("93")));
        assertThrows(BadRequestException.class, () -> KeysetCursor.decode(BY_KEY.encode("1.2", "not-a-uuid")));
    }

    @Test
    void aFormatWritesExactlyItsParts() {
        assertThrows(IllegalArgumentException.class, () -> BY_KEY.encode("93"));
        assertThrows(IllegalArgumentException.class, () -> new CursorFormat("", '|', 0));
    }
}
