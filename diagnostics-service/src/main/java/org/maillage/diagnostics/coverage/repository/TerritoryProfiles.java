package org.maillage.diagnostics.coverage.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/**
 * The indicator profiles of territories: for every indicator a territory has a value of in a period, its percentile
 * rank among the territories of its level nationally, with the mid-rank convention of diagnostics, 100 × (L + E / 2)
 * / N over the N values, L lower and E equal (itself included). Lower values come first whatever the polarity: a
 * difference of two ranks is the same either way. Read from observation_summary, one query for all the territories.
 */
@ApplicationScoped
public class TerritoryProfiles {

    private static final String PERCENTILES = """
            SELECT k.level, k.code, t.indicator_code, s.territories, width_bucket(t.value, s.ascending),
                   width_bucket(-t.value, s.negated)
            FROM unnest(?::text[], ?::text[]) AS k(level, code)
            JOIN observation t ON t.territory_code = k.code AND t.territory_level = k.level AND t.period = ?
            JOIN observation_summary s ON s.indicator_code = t.indicator_code AND s.period = t.period
                                      AND s.territory_level = t.territory_level""";

    private final DataSource dataSource;

    public TerritoryProfiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Percentile ranks by indicator code, per territory; a territory without values has no entry. */
    public Map<TerritoryKey, Map<String, Double>> percentiles(String period, Collection<TerritoryKey> territories) {
        Map<TerritoryKey, Map<String, Double>> profiles = new HashMap<>();
        if (territories.isEmpty()) {
            return profiles;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(PERCENTILES)) {
            query.setArray(1, connection.createArrayOf("text", territories.stream().map(k -> k.level().name()).toArray()));
            query.setArray(2, connection.createArrayOf("text", territories.stream().map(TerritoryKey::code).toArray()));
            query.setString(3, period);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int n = rows.getInt(4);
                    int le = rows.getInt(5);
                    int ge = rows.getInt(6);
                    // le values are ≤ the territory's, ge are ≥ it: n − ge are lower, le + ge − n equal
                    double percentile = 100.0 * ((n - ge) + (le + ge - n) / 2.0) / n;
                    profiles.computeIfAbsent(new TerritoryKey(TerritoryLevel.valueOf(rows.getString(1)), rows.getString(2)),
                            key -> new HashMap<>()).put(rows.getString(3), percentile);
                }
            }
            return profiles;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the indicator profiles of " + territories.size() + " territories", e);
        }
    }
}
