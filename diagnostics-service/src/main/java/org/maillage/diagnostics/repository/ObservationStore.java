package org.maillage.diagnostics.repository;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.maillage.diagnostics.service.ValidObservation;
import org.postgresql.PGConnection;

/**
 * Bulk writes of observations in the caller's transaction: rows are COPYed into a temporary table and
 * upserted on (indicator, period, territory) in one statement, so an import of hundreds of thousands of
 * rows takes seconds.
 */
@ApplicationScoped
public class ObservationStore {

    private static final String UPSERT = """
            WITH upserted AS (
                INSERT INTO observation (indicator_code, period, territory_level, territory_code, value, source,
                                         derived, import_id, updated_at)
                SELECT indicator_code, period, territory_level, territory_code, value, source, false, ?, now()
                FROM observation_staging
                -- in primary key order: the index is filled sequentially rather than at random
                ORDER BY indicator_code, period, territory_level, territory_code
                ON CONFLICT (indicator_code, period, territory_level, territory_code) DO UPDATE
                    SET value = excluded.value, source = excluded.source, derived = false,
                        import_id = excluded.import_id, updated_at = excluded.updated_at
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted""";

    private final DataSource dataSource;

    public ObservationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Upserts the observations; returns {created, updated}. When none of their (indicator, period) pairs has a
     * value yet (a first load), they are COPYed straight into the table: no conflict is possible, since an import
     * never holds the same observation twice.
     */
    public int[] upsert(List<ValidObservation> observations, UUID importId) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement lock = connection.createStatement()) {
                // imports are bulk: one at a time, so two first loads never race on the same rows
                lock.execute("SELECT pg_advisory_xact_lock(hashtext('observation-import'))");
            }
            if (!anyExisting(connection, observations)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY observation (indicator_code, period,"
                        + " territory_level, territory_code, value, source, derived, import_id, updated_at) FROM STDIN"
                        + " WITH (FORMAT csv)", new StringReader(toCsv(observations, ",false," + importId + ",now")));
                return new int[] {observations.size(), 0};
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TEMP TABLE IF NOT EXISTS observation_staging (indicator_code text, period text,
                            territory_level text, territory_code text, value double precision, source text)
                            ON COMMIT DELETE ROWS""");
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY observation_staging FROM STDIN WITH (FORMAT csv)", new StringReader(toCsv(observations, "")));
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setObject(1, importId);
                try (ResultSet counts = upsert.executeQuery()) {
                    counts.next();
                    return new int[] {counts.getInt(1), counts.getInt(2)};
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the observations", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the observations", e);
        }
    }

    private static boolean anyExisting(Connection connection, List<ValidObservation> observations) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM observation WHERE indicator_code = ANY (?) AND period = ANY (?) LIMIT 1")) {
            query.setArray(1, connection.createArrayOf("text",
                    observations.stream().map(ValidObservation::indicator).distinct().toArray()));
            query.setArray(2, connection.createArrayOf("text",
                    observations.stream().map(ValidObservation::period).distinct().toArray()));
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    /** @param suffix appended to every line: the extra columns of a direct COPY */
    private static String toCsv(List<ValidObservation> observations, String suffix) {
        StringBuilder csv = new StringBuilder(observations.size() * 48);
        for (ValidObservation o : observations) {
            csv.append(quoted(o.indicator())).append(',').append(quoted(o.period())).append(',')
                    .append(o.level().name()).append(',').append(quoted(o.territoryCode())).append(',')
                    .append(o.value()).append(',');
            if (o.source() != null) {
                csv.append(quoted(o.source()));
            }
            csv.append(suffix).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
