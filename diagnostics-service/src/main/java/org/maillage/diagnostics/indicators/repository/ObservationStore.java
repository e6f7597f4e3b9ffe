package org.maillage.diagnostics.indicators.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.maillage.diagnostics.indicators.domain.ValidObservation;
import org.postgresql.PGConnection;

/**
 * Bulk writes of observations in the caller's transaction: rows are COPYed into the table (first load) or into
 * a temporary table and upserted on (indicator, period, territory) from there, so an import of hundreds of
 * thousands of rows takes seconds.
 */
@ApplicationScoped
public class ObservationStore {

    /*
     * An upsert in two set-based statements rather than INSERT … ON CONFLICT, which probes the key row by row: the
     * existing rows are updated through one hash join with the staging table (a third faster on 350 000 rows), then
     * the new ones inserted. Safe because imports run one at a time (advisory lock of beginBulk).
     */
    private static final String UPDATE_EXISTING = """
            UPDATE observation o
            SET value = s.value, source = s.source, derived = false, import_id = ?, updated_at = now()
            FROM observation_staging s
            WHERE o.indicator_code = s.indicator_code AND o.period = s.period
              AND o.territory_level = s.territory_level AND o.territory_code = s.territory_code""";

    private static final String INSERT_NEW = """
            INSERT INTO observation (indicator_code, period, territory_level, territory_code, value, source, derived,
                                     import_id, updated_at)
            SELECT s.indicator_code, s.period, s.territory_level, s.territory_code, s.value, s.source, false, ?, now()
            FROM observation_staging s
            WHERE NOT EXISTS (SELECT 1 FROM observation o
                              WHERE o.indicator_code = s.indicator_code AND o.period = s.period
                                AND o.territory_level = s.territory_level AND o.territory_code = s.territory_code)""";

    private final DataSource dataSource;

    public ObservationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Prepares the caller's transaction for a bulk import and locks the indicators it writes (FOR KEY SHARE, so
     * that none is deleted meanwhile); returns those that exist. Imports run one at a time, so two first loads
     * never race on the same rows. The settings hold for this transaction only: sorts and hashes of a few hundred
     * thousand rows in memory, no JIT compilation (it costs more than it saves here), and hash joins rather than
     * nested loops, whatever the statistics say about rows written a moment ago that ANALYZE has not seen yet.
     */
    public Set<String> beginBulk(Collection<String> indicators) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(hashtext('observation-import'))");
                statement.execute("SET LOCAL work_mem = '64MB'");
                statement.execute("SET LOCAL jit = off");
                statement.execute("SET LOCAL enable_nestloop = off");
            }
            Set<String> locked = new HashSet<>();
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT code FROM indicator WHERE code = ANY (?) FOR KEY SHARE")) {
                lock.setArray(1, connection.createArrayOf("text", indicators.toArray()));
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        locked.add(rows.getString(1));
                    }
                }
            }
            return locked;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the import", e);
        }
    }

    /**
     * Upserts the observations, in a transaction opened by {@link #beginBulk}; returns {created, updated}. When
     * none of their (indicator, period) pairs has a value yet (a first load), they are COPYed straight into the
     * table: no conflict is possible, since an import never holds the same observation twice.
     */
    public int[] upsert(List<ValidObservation> observations, UUID importId) {
        try (Connection connection = dataSource.getConnection()) {
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
            try (PreparedStatement update = connection.prepareStatement(UPDATE_EXISTING);
                 PreparedStatement insert = connection.prepareStatement(INSERT_NEW)) {
                update.setObject(1, importId);
                int updated = update.executeUpdate();
                insert.setObject(1, importId);
                return new int[] {insert.executeUpdate(), updated};
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
