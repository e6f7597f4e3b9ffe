package org.maillage.diagnostics.indicators.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import org.maillage.diagnostics.indicators.domain.StoredObservation;
import org.maillage.territory.TerritoryKey;

/** Reads observations of one territory, keyset-ordered by (indicator, period). */
@ApplicationScoped
public class ObservationQueries {

    private final EntityManager entityManager;

    public ObservationQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<StoredObservation> page(TerritoryKey territory, String indicator, String period, String afterIndicator,
                                        String afterPeriod, int fetchSize) {
        StringBuilder sql = new StringBuilder("""
                SELECT indicator_code, period, value, derived, source, updated_at FROM observation
                WHERE territory_code = :code AND territory_level = :level""");
        if (indicator != null) {
            sql.append(" AND indicator_code = :indicator");
        }
        if (period != null) {
            sql.append(" AND period = :period");
        }
        if (afterIndicator != null) {
            sql.append(" AND (indicator_code, period) > (:afterIndicator, :afterPeriod)");
        }
        sql.append(" ORDER BY indicator_code, period LIMIT :limit");
        Query query = entityManager.createNativeQuery(sql.toString())
                .setParameter("code", territory.code()).setParameter("level", territory.level().name())
                .setParameter("limit", fetchSize);
        if (indicator != null) {
            query.setParameter("indicator", indicator);
        }
        if (period != null) {
            query.setParameter("period", period);
        }
        if (afterIndicator != null) {
            query.setParameter("afterIndicator", afterIndicator).setParameter("afterPeriod", afterPeriod);
        }
        return ((List<?>) query.getResultList()).stream().map(row -> {
            Object[] c = (Object[]) row;
            return new StoredObservation((String) c[0], (String) c[1], ((Number) c[2]).doubleValue(), (Boolean) c[3],
                    (String) c[4], c[5] == null ? null : toInstant(c[5]));
        }).toList();
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
