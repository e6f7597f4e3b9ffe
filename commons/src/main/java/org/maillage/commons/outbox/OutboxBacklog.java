package org.maillage.commons.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.maillage.commons.persistence.CachedReading;

/**
 * How many events wait to be published and for how long the first in line has waited, read with one query
 * that the pending-rows index serves, and kept a second so that a scrape and the health check share it. The
 * outbox is the database's, so every instance of a service reports the same figures.
 */
@ApplicationScoped
public class OutboxBacklog {

    public record Snapshot(long pending, Duration oldestAge) {
    }

    /** The age is the database's own, like the occurred_at it is measured from. */
    private static final String QUERY = """
            SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - (SELECT occurred_at FROM outbox_event
                WHERE published_at IS NULL ORDER BY seq LIMIT 1)), 0)
            FROM outbox_event WHERE published_at IS NULL""";

    private final AgroalDataSource dataSource;
    private final CachedReading<Snapshot> reading = new CachedReading<>(this::read, Duration.ofSeconds(1));

    public OutboxBacklog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Snapshot current() throws SQLException {
        return reading.get();
    }

    private Snapshot read() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            return new Snapshot(row.getLong(1), Duration.ofMillis(Math.round(row.getDouble(2) * 1000)));
        }
    }
}
