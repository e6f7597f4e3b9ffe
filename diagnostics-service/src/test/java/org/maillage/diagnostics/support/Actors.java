package org.maillage.diagnostics.support;

import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.maillage.testsupport.Eventually;

/** Waits until actors sent through Kafka reached this service's projection. */
public final class Actors {

    private Actors() {
    }

    public static void awaitKnown(DataSource dataSource, UUID... ids) {
        for (UUID id : ids) {
            if (!Eventually.holds(() -> Sql.query(dataSource, "SELECT name FROM known_actor WHERE id = '" + id + "'") != null,
                    Duration.ofSeconds(30))) {
                throw new AssertionError("actor " + id + " never reached the projection");
            }
        }
    }
}
