package org.maillage.diagnostics.conversations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.conversations.domain.ConversationFilter;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.territories.repository.TerritoryColumns;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {

    /**
     * One keyset page, by (created_at, id) or, with updatedSince, (updated_at, id): each conversation with its
     * diagnostic in the same query, so that a page costs one round trip whatever its size.
     */
    @SuppressWarnings("unchecked")
    public List<DiagnosedConversation> page(ConversationFilter filter, KeysetCursor after, int fetchSize) {
        String key = filter.updatedSince() != null ? "c.updated_at" : "c.created_at";
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(
                "SELECT {c.*}, {d.*} FROM conversation c JOIN diagnostic d ON d.id = c.diagnostic_id WHERE TRUE");
        if (filter.territory() != null) {
            within(sql, params, filter);
        }
        add(sql, params, filter.diagnosticId(), " AND c.diagnostic_id = :diagnostic", "diagnostic");
        if (!filter.states().isEmpty()) {
            add(sql, params, filter.states().stream().map(Enum::name).sorted().toList(), " AND c.state IN (:states)", "states");
        }
        add(sql, params, filter.heldFrom(), " AND c.held_on >= :heldFrom", "heldFrom");
        add(sql, params, filter.heldTo(), " AND c.held_on <= :heldTo", "heldTo");
        add(sql, params, filter.updatedSince(), " AND c.updated_at >= :since", "since");
        if (after != null) {
            sql.append(" AND (").append(key).append(", c.id) > (:afterAt, :afterId)");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY ").append(key).append(", c.id LIMIT :limit");
        params.put("limit", fetchSize);
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery(sql.toString())
                .unwrap(NativeQuery.class)
                .addEntity("c", Conversation.class)
                .addEntity("d", Diagnostic.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new DiagnosedConversation((Conversation) row[0], (Diagnostic) row[1]))
                .toList();
    }

    /** The conversations of the given ids, each with its diagnostic, by id as text, as a change feed asks for them. */
    @SuppressWarnings("unchecked")
    public Map<String, DiagnosedConversation> byIds(List<String> ids) {
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery(
                        "SELECT {c.*}, {d.*} FROM conversation c JOIN diagnostic d ON d.id = c.diagnostic_id"
                                + " WHERE c.id IN (:ids)")
                .unwrap(NativeQuery.class)
                .addEntity("c", Conversation.class)
                .addEntity("d", Diagnostic.class);
        query.setParameter("ids", ids.stream().map(UUID::fromString).toList());
        Map<String, DiagnosedConversation> found = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            Conversation conversation = (Conversation) row[0];
            found.put(conversation.id().toString(), new DiagnosedConversation(conversation, (Diagnostic) row[1]));
        }
        return found;
    }

    /** The diagnostic is on the territory, or on a territory it contains as the territory table says. */
    private static void within(StringBuilder sql, Map<String, Object> params, ConversationFilter filter) {
        sql.append(" AND ((d.territory_level = :level AND d.territory_code = :code)");
        TerritoryColumns.parentColumn(filter.territory().level()).ifPresent(column -> sql.append(
                " OR EXISTS (SELECT 1 FROM territory t WHERE t.code = d.territory_code AND t.level = d.territory_level"
                        + " AND t.").append(column).append(" = :code)"));
        sql.append(')');
        params.put("level", filter.territory().level().name());
        params.put("code", filter.territory().code());
    }

    private static void add(StringBuilder sql, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }
}
