package org.maillage.commons.paging;

import java.time.Instant;
import java.util.UUID;

/** Position in a list ordered by (instant, id): encoded opaque so clients never build it themselves. */
public record KeysetCursor(Instant at, UUID id) {

    private static final CursorFormat FORMAT = new CursorFormat("", '/', 2);

    public String encode() {
        return FORMAT.encode(CursorFormat.instant(at), id.toString());
    }

    public static KeysetCursor decode(String cursor) {
        return FORMAT.decode(cursor,
                parts -> new KeysetCursor(CursorFormat.instant(parts.get(0)), UUID.fromString(parts.get(1))));
    }
}
