package org.maillage.diagnostics.indicators.repository;

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
 * statement for the four levels (grouping sets): the commune values are read, joined and hashed once.
 */
@ApplicationScoped
public class ObservationDerivations {

    private static final String DERIVE = """
            INSERT INTO observation (indicator_code, period, territory_level, territory_code, value, source, derived,
                                     import_id, updated_at)
            SELECT indicator_code, period, level, code, value, source, true, ?, now() FROM (
                SELECT g.indicator_code, g.period,
                       CASE WHEN GROUPING(g.epci_code) = 0 THEN 'EPCI'
                            WHEN GROUPING(g.departement_code) = 0 THEN 'DEPARTEMENT'
                            WHEN GROUPING(g.region_code) = 0 THEN 'REGION'
                            ELSE 'COLLECTIVITE_OUTRE_MER' END AS level,
                       coalesce(g.epci_code, g.departement_code, g.region_code, g.collectivite_outre_mer_code) AS code,
                       CASE WHEN min(i.aggregation) = 'SUM' THEN sum(g.total)
                            ELSE sum(g.weighted) / nullif(sum(g.population), 0) END AS value,
                       'derived from ' || sum(g.communes) || ' communes' AS source
                -- first the communes' sums per combination of parents (hashed: about 14 000 groups for 350 000
                -- values), then the grouping sets over those few: sorting every commune value by its text keys
                -- is what took time
                FROM (SELECT o.indicator_code, o.period, t.epci_code, t.departement_code, t.region_code,
                             t.collectivite_outre_mer_code, sum(o.value) AS total,
                             sum(o.value * t.population) AS weighted, sum(t.population) AS population,
                             count(*) AS communes
                      FROM observation o
                      JOIN territory t ON t.level = 'COMMUNE' AND t.code = o.territory_code
                      WHERE o.territory_level = 'COMMUNE' AND o.indicator_code = ANY (?) AND o.period = ANY (?)
                      GROUP BY o.indicator_code, o.period, t.epci_code, t.departement_code, t.region_code,
                               t.collectivite_outre_mer_code) g
                JOIN indicator i ON i.code = g.indicator_code AND i.aggregation <> 'NONE'
                GROUP BY g.indicator_code, g.period,
                         GROUPING SETS ((g.epci_code), (g.departement_code), (g.region_code), (g.collectivite_outre_mer_code))
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
            throw AggregationOverflow.translate(e, indicators, periods, "cannot derive observations above the commune");
        }
        summaries.refresh(indicators, periods);
        return written;
    }
}
