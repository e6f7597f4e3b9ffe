package org.maillage.diagnostics.indicators.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Keeps observation_summary in step with the observations, in the caller's transaction: for every level of the
 * given (indicator, period) pairs, the national value (SUM: Σ values; POPULATION_WEIGHTED_MEAN: Σ(value ×
 * legal population) / Σ(legal population); NONE: none) and the sorted values.
 */
@ApplicationScoped
public class ObservationSummaries {

    private final DataSource dataSource;

    public ObservationSummaries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void refresh(List<String> indicators, List<String> periods) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM observation_summary WHERE indicator_code = ANY (?) AND period = ANY (?)");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO observation_summary (indicator_code, period, territory_level, territories, national_value,
                                                      ascending, negated)
                     SELECT indicator_code, period, territory_level, territories, national_value,
                            ARRAY(SELECT v FROM unnest(vals) v ORDER BY v), ARRAY(SELECT -v FROM unnest(vals) v ORDER BY -v)
                     -- values gathered unsorted per group, then each array sorted on its own: sorting all rows by
                     -- their text keys first was the slow part
                     FROM (SELECT o.indicator_code, o.period, o.territory_level, count(*) AS territories,
                                  CASE min(i.aggregation) WHEN 'SUM' THEN sum(o.value)
                                       WHEN 'POPULATION_WEIGHTED_MEAN'
                                           THEN sum(o.value * t.population) / nullif(sum(t.population), 0)
                                  END AS national_value,
                                  array_agg(o.value) AS vals
                           FROM observation o
                           JOIN indicator i ON i.code = o.indicator_code
                           LEFT JOIN territory t ON t.level = o.territory_level AND t.code = o.territory_code
                           WHERE o.indicator_code = ANY (?) AND o.period = ANY (?)
                           GROUP BY o.indicator_code, o.period, o.territory_level) grouped""")) {
            for (PreparedStatement statement : List.of(delete, insert)) {
                statement.setArray(1, connection.createArrayOf("text", indicators.toArray()));
                statement.setArray(2, connection.createArrayOf("text", periods.toArray()));
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw AggregationOverflow.translate(e, indicators, periods, "cannot summarise the observations");
        }
    }
}
