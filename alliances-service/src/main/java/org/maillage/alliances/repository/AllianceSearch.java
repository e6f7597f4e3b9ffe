package org.maillage.alliances.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceFilter;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.territory.TerritoryKey;

/**
 * Keyset-paged alliance lists: ids are selected in SQL with every filter, ordered by (created_at, id) or, for
 * incremental sync, (updated_at, id); the page's alliances are then loaded in batches.
 */
@ApplicationScoped
public class AllianceSearch {

    private final EntityManager entityManager;
    private final AllianceRepository alliances;

    public AllianceSearch(EntityManager entityManager, AllianceRepository alliances) {
        this.entityManager = entityManager;
        this.alliances = alliances;
    }

    public List<Alliance> page(AllianceFilter f, KeysetCursor after, int fetchSize, Instant now) {
        String key = f.updatedSince() != null ? "a.updated_at" : "a.created_at";
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = filtered("SELECT CAST(a.id AS text) FROM alliance a", f, params, now);
        if (after != null) {
            sql.append(" AND (").append(key).append(", a.id) > (:afterAt, :afterId)");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY ").append(key).append(", a.id LIMIT ").append(fetchSize);
        Query query = entityManager.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<UUID> ids = ((List<?>) query.getResultList()).stream().map(id -> UUID.fromString(id.toString())).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Alliance> byId = alliances.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Alliance::id, Function.identity()));
        List<Alliance> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /** How many alliances the filter finds in each state; states without any are left out. */
    public Map<AllianceState, Long> countsByState(AllianceFilter f, Instant now) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = filtered("SELECT a.state, count(*) FROM alliance a", f, params, now).append(" GROUP BY a.state");
        Query query = entityManager.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        Map<AllianceState, Long> counts = new EnumMap<>(AllianceState.class);
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(AllianceState.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static StringBuilder filtered(String select, AllianceFilter f, Map<String, Object> params, Instant now) {
        StringBuilder sql = new StringBuilder(select).append(" WHERE TRUE");
        add(sql, params, f.state() == null ? null : f.state().name(), " AND a.state = :state", "state");
        add(sql, params, f.type() == null ? null : f.type().name(), " AND a.type = :type", "type");
        if (!f.includeArchived()) {
            sql.append(" AND NOT a.archived");
        }
        addTerritory(sql, params, f);
        add(sql, params, f.theme(), " AND EXISTS (SELECT 1 FROM alliance_theme t WHERE t.alliance_id = a.id AND t.theme = :theme)", "theme");
        add(sql, params, f.addressesFragility(), " AND EXISTS (SELECT 1 FROM alliance_fragility x WHERE x.alliance_id = a.id AND x.fragility_id = :fragility)", "fragility");
        if (f.memberActorId() != null || f.role() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM alliance_member m WHERE m.alliance_id = a.id AND m.left_at IS NULL");
            add(sql, params, f.memberActorId(), " AND m.actor_id = :member", "member");
            add(sql, params, f.role() == null ? null : f.role().name(), " AND m.role = :role", "role");
            sql.append(')');
        }
        add(sql, params, f.updatedSince(), " AND a.updated_at >= :since", "since");
        if (f.attention() != null) {
            // the text block loses its leading indentation: the space keeps the clause apart from the previous one
            sql.append(' ').append("""
                     AND a.state NOT IN ('CLOSED', 'ABANDONED') AND (a.updated_at <= :stalledBefore
                     OR a.balance_index < :imbalancedBelow
                     OR a.next_due_on < :today
                     OR EXISTS (SELECT 1 FROM alliance_member m JOIN known_actor k ON k.actor_id = m.actor_id
                                WHERE m.alliance_id = a.id AND m.status = 'ACTIVE' AND k.archived))""");
            params.put("stalledBefore", now.minus(Duration.ofDays(f.attention().stalledAfterDays())));
            params.put("imbalancedBelow", f.attention().imbalancedBelow());
            params.put("today", LocalDate.ofInstant(now, ZoneOffset.UTC));
        }
        return sql;
    }

    /** Inside the territory (any scope row), or declared on one of its ancestors as a whole. */
    private static void addTerritory(StringBuilder sql, Map<String, Object> params, AllianceFilter f) {
        if (f.territory() == null) {
            return;
        }
        sql.append(" AND EXISTS (SELECT 1 FROM alliance_territory_scope t WHERE t.alliance_id = a.id AND ((t.level = :tlevel AND t.code = :tcode)");
        params.put("tlevel", f.territory().level().name());
        params.put("tcode", f.territory().code());
        List<TerritoryKey> ancestors = f.territoryAncestors();
        for (int i = 0; i < ancestors.size(); i++) {
            sql.append(" OR (t.declared AND t.level = :alevel").append(i).append(" AND t.code = :acode").append(i).append(')');
            params.put("alevel" + i, ancestors.get(i).level().name());
            params.put("acode" + i, ancestors.get(i).code());
        }
        sql.append("))");
    }

    private static void add(StringBuilder sql, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }
}
