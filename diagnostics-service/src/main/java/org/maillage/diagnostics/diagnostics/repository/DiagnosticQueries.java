package org.maillage.diagnostics.diagnostics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.diagnostics.indicators.repository.ObservationSummaries;
import org.maillage.diagnostics.territories.repository.TerritoryColumns;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/** The reads a diagnostic needs, one query per question for all its indicators at once. */
@ApplicationScoped
public class DiagnosticQueries {

    private final EntityManager entityManager;

    public DiagnosticQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<String> indicatorsWithValue(TerritoryKey territory, String period) {
        return ((List<?>) entityManager.createNativeQuery("""
                        SELECT indicator_code FROM observation
                        WHERE territory_code = ?1 AND territory_level = ?2 AND period = ?3 ORDER BY indicator_code""")
                .setParameter(1, territory.code()).setParameter(2, territory.level().name()).setParameter(3, period)
                .getResultList()).stream().map(String::valueOf).toList();
    }

    /** Values of one territory. */
    public Map<String, Double> values(TerritoryKey territory, String period, List<String> indicators) {
        Query query = entityManager.createNativeQuery("""
                        SELECT indicator_code, value FROM observation
                        WHERE territory_code = ?1 AND territory_level = ?2 AND period = ?3 AND indicator_code IN (?4)""")
                .setParameter(1, territory.code()).setParameter(2, territory.level().name()).setParameter(3, period)
                .setParameter(4, indicators);
        return toMap(query.getResultList());
    }

    /** France as a whole, from every territory of a level (see {@link ObservationSummaries}); none for NONE. */
    public Map<String, Double> nationalValues(TerritoryLevel level, String period, List<String> indicators) {
        Query query = entityManager.createNativeQuery("""
                        SELECT indicator_code, national_value FROM observation_summary
                        WHERE territory_level = ?1 AND period = ?2 AND indicator_code IN (?3)""")
                .setParameter(1, level.name()).setParameter(2, period).setParameter(3, indicators);
        return toMap(query.getResultList());
    }

    /**
     * How the territory's value of each indicator compares with its peers': the territories of its level, all of
     * them or those within {@code parent}, that have a value for the period.
     */
    public Map<String, PeerStats> peerStats(TerritoryKey territory, String period, List<String> indicators,
                                            TerritoryKey parent) {
        if (parent == null) {
            return nationalPeerStats(territory, period, indicators);
        }
        String parentJoin = parent == null ? "" : "JOIN territory p ON p.level = o.territory_level AND p.code = o.territory_code"
                + " AND p." + TerritoryColumns.parentColumn(parent.level()).orElseThrow() + " = :parent";
        Query query = entityManager.createNativeQuery("""
                        SELECT o.indicator_code, t.value, count(*), count(*) FILTER (WHERE o.value < t.value),
                               count(*) FILTER (WHERE o.value = t.value), count(*) FILTER (WHERE o.value > t.value)
                        FROM observation t
                        JOIN observation o ON o.indicator_code = t.indicator_code AND o.period = t.period
                                          AND o.territory_level = t.territory_level
                        %s
                        WHERE t.territory_code = :code AND t.territory_level = :level AND t.period = :period
                          AND t.indicator_code IN (:indicators)
                        GROUP BY o.indicator_code, t.value""".formatted(parentJoin))
                .setParameter("code", territory.code()).setParameter("level", territory.level().name())
                .setParameter("period", period).setParameter("indicators", indicators);
        if (parent != null) {
            query.setParameter("parent", parent.code());
        }
        Map<String, PeerStats> stats = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            stats.put((String) c[0], new PeerStats((String) c[0], ((Number) c[1]).doubleValue(), ((Number) c[2]).intValue(),
                    ((Number) c[3]).intValue(), ((Number) c[4]).intValue(), ((Number) c[5]).intValue()));
        }
        return stats;
    }

    /**
     * National peers from the summaries: with N values, le = width_bucket(value, ascending) of them are ≤ the
     * value and ge = width_bucket(−value, negated) are ≥ it, so lower = N − ge, higher = N − le, equal = le + ge − N.
     */
    private Map<String, PeerStats> nationalPeerStats(TerritoryKey territory, String period, List<String> indicators) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT t.indicator_code, t.value, s.territories, width_bucket(t.value, s.ascending),
                               width_bucket(-t.value, s.negated)
                        FROM observation t
                        JOIN observation_summary s ON s.indicator_code = t.indicator_code AND s.period = t.period
                                                  AND s.territory_level = t.territory_level
                        WHERE t.territory_code = :code AND t.territory_level = :level AND t.period = :period
                          AND t.indicator_code IN (:indicators)""")
                .setParameter("code", territory.code()).setParameter("level", territory.level().name())
                .setParameter("period", period).setParameter("indicators", indicators).getResultList();
        Map<String, PeerStats> stats = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            int n = ((Number) c[2]).intValue();
            int le = ((Number) c[3]).intValue();
            int ge = ((Number) c[4]).intValue();
            stats.put((String) c[0], new PeerStats((String) c[0], ((Number) c[1]).doubleValue(), n, n - ge, le + ge - n, n - le));
        }
        return stats;
    }

    private static Map<String, Double> toMap(List<?> rows) {
        Map<String, Double> values = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            if (c[1] != null) {
                values.put((String) c[0], ((Number) c[1]).doubleValue());
            }
        }
        return values;
    }
}
