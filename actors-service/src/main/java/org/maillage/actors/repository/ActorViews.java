package org.maillage.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hibernate.query.NativeQuery;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.ActorTerritory;
import org.maillage.actors.domain.ActorView;
import org.maillage.actors.domain.Address;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;
import org.maillage.actors.domain.IdentifierScheme;
import org.maillage.actors.domain.World;
import org.maillage.commons.paging.PageRequest;
import org.maillage.territory.TerritoryLevel;
import org.maillage.vocabulary.Theme;

/**
 * Actors as the API shows them, read for display only: one statement per actor or per page, the collections
 * coming as arrays beside each actor's row, nothing kept in the persistence context. Loading entities cost a
 * page five statements and most of its time.
 */
@ApplicationScoped
public class ActorViews {

    private static final String COLUMNS = """
            SELECT a.id, a.name, a.kind, a.world, a.description, a.website, a.email, a.phone, a.address_street,
                   a.address_postal_code, a.address_city, a.address_commune_code, a.themes, a.archived,
                   a.archived_at, a.merged_into, a.created_at, a.updated_at, a.version,
                   t.levels, t.codes, i.schemes, i.identifier_values, r.systems, r.external_ids""";
    // Both arrays of a pair come from one aggregation over the same rows, so their elements line up.
    private static final String COLLECTIONS = """
            LEFT JOIN LATERAL (SELECT array_agg(level) AS levels, array_agg(code) AS codes
                                 FROM actor_territory WHERE actor_id = a.id AND declared) t ON true
            LEFT JOIN LATERAL (SELECT array_agg(scheme) AS schemes, array_agg(value) AS identifier_values
                                 FROM actor_identifier WHERE actor_id = a.id) i ON true
            LEFT JOIN LATERAL (SELECT array_agg(system) AS systems, array_agg(external_id) AS external_ids
                                 FROM actor_external_ref WHERE actor_id = a.id) r ON true""";

    private final EntityManager entityManager;

    public ActorViews(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ActorView> byId(UUID id) {
        return read(COLUMNS + " FROM actor a " + COLLECTIONS + " WHERE a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** One keyset page of the actors a filter finds. */
    public List<ActorView> page(ActorFilter filter, PageRequest page) {
        String words = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            words = searchWords(filter.text());
            if (words == null) {
                return List.of(); // nothing but punctuation: no word to find
            }
        }
        ActorQuery ids = ActorQuery.of(filter, words, page);
        // MATERIALIZED: the page's ids are planned on their own, with the indexes their filters need.
        return read("WITH page AS MATERIALIZED (" + ids.text() + ") " + COLUMNS
                + " FROM page JOIN actor a ON a.id = page.id " + COLLECTIONS
                + " ORDER BY a." + ids.order() + ", a.id", ids.parameters());
    }

    /**
     * The words of a search as a quoted tsquery literal ('word':* & ...), split and folded by PostgreSQL's own
     * parser so they match the indexed words exactly; null when the text holds no word.
     */
    private String searchWords(String text) {
        Object literal = entityManager.createNativeQuery("""
                SELECT quote_literal(string_agg(quote_literal(w.lexeme) || ':*', ' & '))
                  FROM (SELECT lexeme FROM unnest(to_tsvector('simple', maillage_fold(:text))) LIMIT 8) w""")
                .setParameter("text", text)
                .getSingleResult();
        return (String) literal;
    }

    private List<ActorView> read(String sql, Map<String, Object> parameters) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        query.addScalar("id", UUID.class).addScalar("name", String.class).addScalar("kind", String.class)
                .addScalar("world", String.class).addScalar("description", String.class)
                .addScalar("website", String.class).addScalar("email", String.class).addScalar("phone", String.class)
                .addScalar("address_street", String.class).addScalar("address_postal_code", String.class)
                .addScalar("address_city", String.class).addScalar("address_commune_code", String.class)
                .addScalar("themes", String[].class).addScalar("archived", Boolean.class)
                .addScalar("archived_at", Instant.class).addScalar("merged_into", UUID.class)
                .addScalar("created_at", Instant.class).addScalar("updated_at", Instant.class)
                .addScalar("version", Long.class)
                .addScalar("levels", String[].class).addScalar("codes", String[].class)
                .addScalar("schemes", String[].class).addScalar("identifier_values", String[].class)
                .addScalar("systems", String[].class).addScalar("external_ids", String[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(ActorViews::view).toList();
    }

    private static ActorView view(Object[] row) {
        Address address = row[8] == null && row[9] == null && row[10] == null && row[11] == null ? null
                : new Address((String) row[8], (String) row[9], (String) row[10], (String) row[11]);
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        Arrays.stream((String[]) row[12]).map(Theme::valueOf).forEach(themes::add);
        return new ActorView((UUID) row[0], (String) row[1], ActorKind.valueOf((String) row[2]),
                World.valueOf((String) row[3]), (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                address,
                pairs((String[]) row[19], (String[]) row[20],
                        (level, code) -> new ActorTerritory(TerritoryLevel.valueOf(level), code, true)),
                themes,
                pairs((String[]) row[21], (String[]) row[22],
                        (scheme, value) -> new Identifier(IdentifierScheme.valueOf(scheme), value)),
                pairs((String[]) row[23], (String[]) row[24], ExternalRef::new),
                (Boolean) row[13], (Instant) row[14], (UUID) row[15], (Instant) row[16], (Instant) row[17],
                (Long) row[18]);
    }

    /** Elements of two aligned arrays (null when the actor has none), paired. */
    private static <T> List<T> pairs(String[] first, String[] second, BiFunction<String, String, T> pair) {
        List<T> pairs = new ArrayList<>();
        for (int i = 0; first != null && i < first.length; i++) {
            pairs.add(pair.apply(first[i], second[i]));
        }
        return pairs;
    }
}
