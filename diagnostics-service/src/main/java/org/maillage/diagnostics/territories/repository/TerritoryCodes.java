package org.maillage.diagnostics.territories.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.maillage.territory.TerritoryLevel;

/**
 * The levels at which each territory code exists, kept in memory to validate hundreds of thousands of
 * imported rows without a query per row. Loaded on first use; the table changes only when a new reference
 * ships, at startup, before requests are served.
 */
@ApplicationScoped
public class TerritoryCodes {

    private final DataSource dataSource;
    private volatile Map<String, Set<TerritoryLevel>> levelsByCode;

    public TerritoryCodes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Set<TerritoryLevel> levelsOf(String code) {
        return codes().getOrDefault(code, Set.of());
    }

    /** Forgets the cached codes: the territory table was reloaded. */
    public void invalidate() {
        levelsByCode = null;
    }

    private Map<String, Set<TerritoryLevel>> codes() {
        Map<String, Set<TerritoryLevel>> current = levelsByCode;
        if (current == null) {
            current = load();
            levelsByCode = current;
        }
        return current;
    }

    private Map<String, Set<TerritoryLevel>> load() {
        Map<String, Set<TerritoryLevel>> codes = new HashMap<>(50_000);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT code, level FROM territory")) {
            while (rows.next()) {
                codes.computeIfAbsent(rows.getString(1), code -> EnumSet.noneOf(TerritoryLevel.class))
                        .add(TerritoryLevel.valueOf(rows.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the territory codes", e);
        }
        return codes;
    }
}
