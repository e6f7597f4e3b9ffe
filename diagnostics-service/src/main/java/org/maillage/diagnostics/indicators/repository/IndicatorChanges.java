package org.maillage.diagnostics.indicators.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.maillage.vocabulary.Theme;

/**
 * The indicators changed since an instant, and (when asked) those deleted since, as one list ordered by (instant,
 * code): a client resumes from the last one it saw. Deletions are kept as tombstones in indicator_tombstone.
 */
@ApplicationScoped
public class IndicatorChanges {

    /** One entry of the change list: an indicator (deleted = false) or a tombstone. */
    public record Change(String code, Theme theme, Instant at, boolean deleted) {
    }

    private static final String CHANGES = """
            SELECT code, theme, at, deleted FROM (
                SELECT code, theme, updated_at AS at, false AS deleted FROM indicator
                UNION ALL
                SELECT code, theme, deleted_at, true FROM indicator_tombstone WHERE ?
            ) changes
            WHERE at >= ? AND (CAST(? AS text) IS NULL OR theme = ?)
              AND (CAST(? AS timestamptz) IS NULL OR (at, code) > (CAST(? AS timestamptz), CAST(? AS text)))
            ORDER BY at, code
            LIMIT ?""";

    private final DataSource dataSource;

    public IndicatorChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Change> since(Instant since, boolean withTombstones, Theme theme, Instant afterAt, String afterCode,
                              int fetchSize) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(CHANGES)) {
            String themeName = theme == null ? null : theme.name();
            Timestamp after = afterAt == null ? null : Timestamp.from(afterAt);
            query.setBoolean(1, withTombstones);
            query.setTimestamp(2, Timestamp.from(since));
            query.setString(3, themeName);
            query.setString(4, themeName);
            query.setTimestamp(5, after);
            query.setTimestamp(6, after);
            query.setString(7, afterCode);
            query.setInt(8, fetchSize);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String themeValue = rows.getString(2);
                    changes.add(new Change(rows.getString(1), themeValue == null ? null : Theme.valueOf(themeValue),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getBoolean(4)));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the indicator changes", e);
        }
    }

    /** The tombstones of the given codes (codes never deleted, or re-created, have none). */
    public List<Change> tombstones(List<String> codes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT code, theme, deleted_at FROM indicator_tombstone WHERE code = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            List<Change> tombstones = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String theme = rows.getString(2);
                    tombstones.add(new Change(rows.getString(1), theme == null ? null : Theme.valueOf(theme),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), true));
                }
            }
            return tombstones;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the indicator tombstones", e);
        }
    }

    /** Records the deletion; re-creating the code later removes it ({@link #forget}). */
    public void tombstone(String code, Theme theme) {
        execute("""
                INSERT INTO indicator_tombstone (code, theme, deleted_at) VALUES (?, ?, date_trunc('microseconds', now()))
                ON CONFLICT (code) DO UPDATE SET theme = excluded.theme, deleted_at = excluded.deleted_at""", code,
                theme == null ? null : theme.name());
    }

    public void forget(String code) {
        execute("DELETE FROM indicator_tombstone WHERE code = ?", code);
    }

    private void execute(String sql, String... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the indicator deletion", e);
        }
    }
}
