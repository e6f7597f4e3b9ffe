package org.maillage.diagnostics.territories.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.maillage.diagnostics.territories.domain.SearchableNames;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryLevel;
import org.postgresql.PGConnection;

/**
 * Bulk writes of the territory table and its reference version, in the caller's transaction. Uses PostgreSQL
 * COPY: tens of thousands of rows in well under a second.
 */
@ApplicationScoped
public class TerritoryReferenceStore {

    private static final String COPY_TERRITORIES = "COPY territory (code, level, name, name_normalised, population,"
            + " epci_code, departement_code, region_code, collectivite_outre_mer_code) FROM STDIN WITH (FORMAT csv)";
    /** Levels of the parent columns, in the column order of {@link #COPY_TERRITORIES}. */
    private static final List<TerritoryLevel> PARENT_COLUMN_LEVELS = List.of(
            TerritoryLevel.EPCI, TerritoryLevel.DEPARTEMENT, TerritoryLevel.REGION, TerritoryLevel.COLLECTIVITE_OUTRE_MER);

    private final DataSource dataSource;

    public TerritoryReferenceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Serialises loaders: replicas starting together load the reference once. Readers are not blocked. */
    public void lock() {
        execute("LOCK TABLE territory_reference IN EXCLUSIVE MODE");
    }

    public Optional<String> storedChecksum() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT checksum FROM territory_reference")) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the territory reference version", e);
        }
    }

    /** Replaces every territory; DELETE rather than TRUNCATE so that concurrent readers keep the old rows. */
    public void replaceTerritories(List<Territory> territories) {
        execute("DELETE FROM territory");
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(COPY_TERRITORIES, new StringReader(toCsv(territories)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the territories", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the territories", e);
        }
        execute("ANALYZE territory");
    }

    public void saveVersion(String source, String checksum, int territoryCount) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     INSERT INTO territory_reference (id, source, checksum, territory_count, loaded_at)
                     VALUES (1, ?, ?, ?, now())
                     ON CONFLICT (id) DO UPDATE SET source = excluded.source, checksum = excluded.checksum,
                         territory_count = excluded.territory_count, loaded_at = excluded.loaded_at""")) {
            statement.setString(1, source);
            statement.setString(2, checksum);
            statement.setInt(3, territoryCount);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the territory reference version", e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot execute " + sql, e);
        }
    }

    private static String toCsv(List<Territory> territories) {
        StringBuilder csv = new StringBuilder(territories.size() * 64);
        for (Territory territory : territories) {
            csv.append(quoted(territory.code())).append(',')
                    .append(territory.level().name()).append(',')
                    .append(quoted(territory.name())).append(',')
                    .append(quoted(SearchableNames.normalise(territory.name()))).append(',')
                    .append(territory.population());
            for (TerritoryLevel parentLevel : PARENT_COLUMN_LEVELS) {
                // an unquoted empty field is NULL in CSV COPY
                csv.append(',').append(territory.parentCode(parentLevel).map(TerritoryReferenceStore::quoted).orElse(""));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
