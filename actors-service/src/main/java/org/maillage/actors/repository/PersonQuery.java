package org.maillage.actors.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.actors.domain.PersonFilter;
import org.maillage.actors.domain.Profession;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;

/**
 * The SQL of one page of the people directory, in one statement: keyset by (created_at, id), or by (updated_at, id)
 * for incremental sync. The territories of each person's organisation are probed with the actor list's own
 * condition.
 */
record PersonQuery(String text, Map<String, Object> parameters) {

    /**
     * @param words the text filter as a tsquery literal (see {@link SearchWords}), or null for none
     */
    static PersonQuery of(PersonFilter filter, String words, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        String order = filter.sync().bySync() ? "updated_at" : "created_at";
        if (!filter.sync().includeArchived()) {
            // removed = false is also what lets the planner use the partial index on professions.
            where.add("p.removed = false");
            where.add("a.archived = false");
        }
        if (filter.sync().updatedSince() != null) {
            where.add("p.updated_at >= :since");
            params.put("since", filter.sync().updatedSince());
        }
        if (!filter.professions().isEmpty()) {
            where.add("p.professions && CAST(ARRAY[" + placeholders("profession",
                    filter.professions().stream().map(Profession::name).sorted().toList(), params) + "] AS text[])");
        }
        if (!filter.actors().isEmpty()) {
            where.add("p.actor_id IN (" + placeholders("actor", filter.actors(), params) + ")");
        }
        if (words != null) {
            // Inlined rather than bound, as in the actor search: a generic plan cannot tell a rare word from a
            // common one.
            where.add("p.search_vector @@ CAST(" + words + " AS tsquery)");
        }
        if (filter.territory() != null) {
            where.add(ActorQuery.territoryExists("p.actor_id", filter.territory(), filter.territoryAncestors(), params));
        }
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor());
            where.add("(p." + order + ", p.id) > (:at, :id)");
            params.put("at", after.at());
            params.put("id", after.id());
        }
        // The organisation is joined only to leave out archived ones.
        String sql = "SELECT p.* FROM person p"
                + (filter.sync().includeArchived() ? "" : " JOIN actor a ON a.id = p.actor_id")
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY p." + order + ", p.id LIMIT " + page.fetchSize();
        return new PersonQuery(sql, params);
    }

    /** One named parameter per value, so that each is bound with its own type. */
    private static String placeholders(String prefix, Collection<?> values, Map<String, Object> params) {
        List<String> names = new ArrayList<>();
        for (Object value : values) {
            String name = prefix + names.size();
            params.put(name, value);
            names.add(":" + name);
        }
        return String.join(", ", names);
    }
}
