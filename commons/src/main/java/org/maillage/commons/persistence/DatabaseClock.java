package org.maillage.commons.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision PostgreSQL keeps for a {@code timestamptz} (microseconds). A value
 * taken here and stored reads back equal, so what is built from it before and after the round trip (ETags,
 * sync cursors, "unchanged" answers, rendered timestamps) agrees.
 */
public final class DatabaseClock {

    private DatabaseClock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
