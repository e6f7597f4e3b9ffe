package org.maillage.diagnostics.territories.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.domain.TerritoryId;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

@ApplicationScoped
public class TerritoryRepository implements PanacheRepositoryBase<Territory, TerritoryId> {

    /** Territories with this code at any level: a région and a département may share one. */
    public List<Territory> findByCode(String code) {
        return list("id.code", code);
    }

    public Optional<Territory> findByKey(TerritoryKey key) {
        return find("id.code = ?1 and id.level = ?2", key.code(), key.level()).firstResultOptional();
    }

    public List<Territory> findByKeys(Collection<TerritoryKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<TerritoryKey> wanted = Set.copyOf(keys);
        List<String> codes = keys.stream().map(TerritoryKey::code).distinct().toList();
        return list("id.code in ?1", codes).stream().filter(territory -> wanted.contains(territory.key())).toList();
    }

    /**
     * One keyset page ordered by (code, level), the primary key: {@code after} is the last row of the
     * previous page. Never OFFSET, so deep pages cost what the first one does.
     */
    @SuppressWarnings("unchecked")
    public List<Territory> page(TerritoryFilter filter, TerritoryKey after, int fetchSize) {
        StringBuilder sql = new StringBuilder("SELECT * FROM territory WHERE true");
        if (filter.level() != null) {
            sql.append(" AND level = :level");
        }
        Optional<String> parentColumn = Optional.ofNullable(filter.parent())
                .map(parent -> TerritoryColumns.parentColumn(parent.level()).orElse("'never'"));
        parentColumn.ifPresent(column -> sql.append(" AND ").append(column).append(" = :parent"));
        if (filter.normalisedQ() != null) {
            sql.append(" AND name_normalised LIKE :q ESCAPE '\\'");
        }
        if (after != null) {
            sql.append(" AND (code, level) > (:afterCode, :afterLevel)");
        }
        sql.append(" ORDER BY code, level LIMIT :limit");
        Query query = getEntityManager().createNativeQuery(sql.toString(), Territory.class);
        if (filter.level() != null) {
            query.setParameter("level", filter.level().name());
        }
        parentColumn.ifPresent(column -> query.setParameter("parent", filter.parent().code()));
        if (filter.normalisedQ() != null) {
            query.setParameter("q", "%" + filter.normalisedQ().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (after != null) {
            query.setParameter("afterCode", after.code()).setParameter("afterLevel", after.level().name());
        }
        return query.setParameter("limit", fetchSize).getResultList();
    }

    /** How many territories this one contains, by level. */
    public Map<TerritoryLevel, Long> childrenCounts(TerritoryKey key) {
        Map<TerritoryLevel, Long> counts = new EnumMap<>(TerritoryLevel.class);
        Optional<String> column = TerritoryColumns.parentColumn(key.level());
        if (column.isEmpty()) {
            return counts;
        }
        List<?> rows = getEntityManager().createNativeQuery("SELECT level, count(*) FROM territory WHERE "
                        + column.get() + " = :code GROUP BY level")
                .setParameter("code", key.code()).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(TerritoryLevel.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
        }
        return counts;
    }
}
