package org.maillage.actors.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.actors.domain.ActorFilter;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.territory.TerritoryKey;

/**
 * The SQL of one page of actors: the ids of the page in {@code order} (then id). Keyset only: by (created_at, id), or by (updated_at, id) for incremental
 * sync. Text search matches every query word as a prefix of a word of the folded name and description.
 *
 * <p>A territory filter in list order reads actor_territory in that order, one ordered branch per matching
 * territory key (the territory itself, then the declared ancestors), so a page costs about its own size
 * whatever the size of the registry.
 */
record ActorQuery(String text, Map<String, Object> parameters, String order) {

    /**
     * @param words the text filter as a tsquery literal (see {@link ActorRepository}), or null for none
     */
    static ActorQuery of(ActorFilter filter, String words, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = actorConditions(filter, words, params);
        boolean bySync = filter.sync().bySync();
        if (filter.territory() != null && !bySync) {
            return inTerritoryOrder(filter.territory(), filter.territoryAncestors(), where, params, page);
        }
        String order = bySync ? "updated_at" : "created_at";
        if (filter.territory() != null) {
            where.add(territoryExists("a.id", filter.territory(), filter.territoryAncestors(), params));
        }
        if (page.cursor() != null) {
            where.add("(a." + order + ", a.id) > (:at, :id)");
            addCursor(page, params);
        }
        String sql = "SELECT a.id FROM actor a" + whereClause(where)
                + " ORDER BY a." + order + ", a.id LIMIT " + page.fetchSize();
        return new ActorQuery(sql, params, order);
    }

    /** Counts of the living actors a filter finds, by world and kind. */
    static ActorQuery countsByWorldAndKind(ActorFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = actorConditions(filter, null, params);
        if (filter.territory() != null) {
            where.add(territoryExists("a.id", filter.territory(), filter.territoryAncestors(), params));
        }
        return new ActorQuery("SELECT a.world, a.kind, count(*) FROM actor a" + whereClause(where)
                + " GROUP BY a.world, a.kind", params, null);
    }

    private static List<String> actorConditions(ActorFilter filter, String words, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (!filter.sync().includeArchived()) {
            where.add("a.archived = false");
        }
        if (filter.sync().updatedSince() != null) {
            where.add("a.updated_at >= :since");
            params.put("since", filter.sync().updatedSince());
        }
        if (filter.kind() != null) {
            where.add("a.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.world() != null) {
            where.add("a.world = :world");
            params.put("world", filter.world().name());
        }
        if (filter.theme() != null) {
            where.add("a.themes @> ARRAY[CAST(:theme AS text)]");
            params.put("theme", filter.theme().name());
        }
        if (words != null) {
            // Inlined rather than bound: a generic plan cannot tell a rare word from a common one and would
            // walk the whole list index looking for "amberieu".
            where.add("a.search_vector @@ CAST(" + words + " AS tsquery)");
        }
        if (filter.identifier() != null) {
            where.add("EXISTS (SELECT 1 FROM actor_identifier i WHERE i.actor_id = a.id AND i.scheme = :scheme AND i.value = :value)");
            params.put("scheme", filter.identifier().scheme().name());
            params.put("value", filter.identifier().value());
        }
        if (filter.profession() != null) {
            where.add("EXISTS (SELECT 1 FROM person p WHERE p.actor_id = a.id AND p.removed = false"
                    + " AND p.professions @> ARRAY[CAST(:profession AS text)])");
            params.put("profession", filter.profession().name());
        }
        return where;
    }

    private static ActorQuery inTerritoryOrder(TerritoryKey territory, List<TerritoryKey> ancestors, List<String> actorWhere,
                                               Map<String, Object> params, PageRequest page) {
        if (page.cursor() != null) {
            addCursor(page, params);
        }
        List<String> branches = new ArrayList<>();
        branches.add(branch(0, territory, false, actorWhere, params, page));
        for (int i = 0; i < ancestors.size(); i++) {
            branches.add(branch(i + 1, ancestors.get(i), true, actorWhere, params, page));
        }
        // UNION, not UNION ALL: an actor declaring a commune and its département appears in two branches.
        String sql = "SELECT u.id FROM (" + String.join(" UNION ", branches) + ") u ORDER BY u.created_at, u.id LIMIT "
                + page.fetchSize();
        return new ActorQuery(sql, params, "created_at");
    }

    private static String branch(int index, TerritoryKey key, boolean declaredOnly, List<String> actorWhere,
                                 Map<String, Object> params, PageRequest page) {
        List<String> where = new ArrayList<>(actorWhere);
        where.add("t.level = :tlevel" + index + " AND t.code = :tcode" + index);
        params.put("tlevel" + index, key.level().name());
        params.put("tcode" + index, key.code());
        if (declaredOnly) {
            where.add("t.declared");
        }
        if (page.cursor() != null) {
            where.add("(t.actor_created_at, t.actor_id) > (:at, :id)");
        }
        return "(SELECT a.id, a.created_at FROM actor_territory t JOIN actor a ON a.id = t.actor_id" + whereClause(where)
                + " ORDER BY t.actor_created_at, t.actor_id LIMIT " + page.fetchSize() + ")";
    }

    /**
     * Whether the actor whose id is the SQL expression {@code actorId} acts on the territory, inside it (its
     * territory rows hold the territory itself as an ancestor) or on a territory containing it (a declared
     * ancestor). The people directory asks it of each person's organisation.
     */
    static String territoryExists(String actorId, TerritoryKey territory, List<TerritoryKey> ancestors,
                                  Map<String, Object> params) {
        StringBuilder match = new StringBuilder("(t.level = :tlevel AND t.code = :tcode)");
        params.put("tlevel", territory.level().name());
        params.put("tcode", territory.code());
        for (int i = 0; i < ancestors.size(); i++) {
            match.append(" OR (t.declared AND t.level = :alevel").append(i).append(" AND t.code = :acode").append(i).append(')');
            params.put("alevel" + i, ancestors.get(i).level().name());
            params.put("acode" + i, ancestors.get(i).code());
        }
        return "EXISTS (SELECT 1 FROM actor_territory t WHERE t.actor_id = " + actorId + " AND (" + match + "))";
    }

    private static void addCursor(PageRequest page, Map<String, Object> params) {
        KeysetCursor after = KeysetCursor.decode(page.cursor());
        params.put("at", after.at());
        params.put("id", after.id());
    }

    private static String whereClause(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }
}
