package org.maillage.diagnostics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Derives the missing values of EPCI, départements, régions and overseas collectivities from their communes,
 * by the indicator's aggregation: SUM adds the communes' values; POPULATION_WEIGHTED_MEAN is
 * Σ(value × population) / Σ(population) over the communes that have a value, with the legal populations of the
 * reference. Always from communes (never from EPCI), so an EPCI straddling départements does not distort
 * them. Imported values above the commune win: derivation never overwrites a row that is not derived. One
 * statement for the four levels (grouping sets): the commune values are read and joined once.
 */
@ApplicationScoped
public class ObservationDerivations {

    private static final String DERIVE = """
            INSERT INTO observation (indicator_code, period, territory_level, territory_code, value, source, derived,
                                     import_id, updated_at)
            SELECT indicator_code, period, level, code, value, source, true, ?, now() FROM (
                SELECT o.indicator_code, o.period,
                       CASE WHEN GROUPING(t.epci_code) = 0 THEN 'EPCI'
                            WHEN GROUPING(t.departement_code) = 0 THEN 'DEPARTEMENT'
                            WHEN GROUPING(t.region_code) = 0 THEN 'REGION'
                            ELSE 'COLLECTIVITE_OUTRE_MER' END AS level,
                       coalesce(t.epci_code, t.departement_code, t.region_code, t.collectivite_outre_mer_code) AS code,
                       CASE WHEN i.aggregation = 'SUM' THEN sum(o.value)
                            ELSE sum(o.value * t.population) / nullif(sum(t.population), 0) END AS value,
                       'derived from ' || count(*) || ' communes' AS source
                FROM observation o
                JOIN indicator i ON i.code = o.indicator_code
                JOIN territory t ON t.level = 'COMMUNE' AND t.code = o.territory_code
                WHERE o.territory_level = 'COMMUNE' AND i.aggregation <> 'NONE'
                  AND o.indicator_code = ANY (?) AND o.period = ANY (?)
                GROUP BY o.indicator_code, o.period, i.aggregation,
                         GROUPING SETS ((t.epci_code), (t.departement_code), (t.region_code), (t.collectivite_outre_mer_code))
            ) derived
            WHERE code IS NOT NULL AND value IS NOT NULL
            ON CONFLICT (indicator_code, period, territory_level, territory_code) DO UPDATE
                SET value = excluded.value, source = excluded.source, import_id = excluded.import_id,
                    updated_at = excluded.updated_at
                WHERE observation.derived""";

    private final DataSource dataSource;
    private final ObservationSummaries summaries;

    public ObservationDerivations(DataSource dataSource, ObservationSummaries summaries) {
        this.dataSource = dataSource;
        this.summaries = summaries;
    }

    /**
     * Re-derives every level for these (indicator, period) pairs, then refreshes their summaries; returns the
     * number of derived rows written.
     */
    public int derive(List<String> indicators, List<String> periods, UUID importId) {
        int written;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DERIVE)) {
            statement.setObject(1, importId);
            statement.setArray(2, connection.createArrayOf("text", indicators.toArray()));
            statement.setArray(3, connection.createArrayOf("text", periods.toArray()));
            written = statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot derive observations above the commune", e);
        }
        summaries.refresh(indicators, periods);
        return written;
    }
}
