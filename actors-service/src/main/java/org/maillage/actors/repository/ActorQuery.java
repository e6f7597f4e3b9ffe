package org.maillage.actors.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.territory.TerritoryKey;

/**
 * The SQL of one page of actors. Keyset only: by (created_at, id), or by (updated_at, id) for incremental
 * sync. Text terms must all appear in the accent- and case-folded name and description (trigram index).
 */
record ActorQuery(String text, Map<String, Object> parameters) {

    static ActorQuery of(ActorFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String order = filter.sync().bySync() ? "updated_at" : "created_at";
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
        addText(filter.text(), where, params);
        addTerritory(filter, where, params);
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
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor());
            where.add("(a." + order + ", a.id) > (:at, :id)");
            params.put("at", after.at());
            params.put("id", after.id());
        }
        String sql = "SELECT a.id FROM actor a" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY a." + order + ", a.id LIMIT " + page.fetchSize();
        return new ActorQuery(sql, params);
    }

    private static void addText(String text, List<String> where, Map<String, Object> params) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> terms = Arrays.stream(text.strip().split("\\s+")).limit(8).toList();
        for (int i = 0; i < terms.size(); i++) {
            where.add("a.search_text LIKE '%' || maillage_fold(:term" + i + ") || '%'");
            params.put("term" + i, escapeLike(terms.get(i).toLowerCase(Locale.ROOT)));
        }
    }

    private static void addTerritory(ActorFilter filter, List<String> where, Map<String, Object> params) {
        TerritoryKey territory = filter.territory();
        if (territory == null) {
            return;
        }
        StringBuilder match = new StringBuilder("(t.level = :tlevel AND t.code = :tcode)");
        params.put("tlevel", territory.level().name());
        params.put("tcode", territory.code());
        List<TerritoryKey> ancestors = filter.territoryAncestors();
        for (int i = 0; i < ancestors.size(); i++) {
            match.append(" OR (t.declared AND t.level = :alevel").append(i).append(" AND t.code = :acode").append(i).append(')');
            params.put("alevel" + i, ancestors.get(i).level().name());
            params.put("acode" + i, ancestors.get(i).code());
        }
        where.add("EXISTS (SELECT 1 FROM actor_territory t WHERE t.actor_id = a.id AND (" + match + "))");
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
