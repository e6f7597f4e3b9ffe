package org.maillage.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hibernate.Session;
import org.maillage.actors.domain.ActorFilter;
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
 * page five statements and most of its time. Statements go straight to JDBC, which does not flush the session:
 * read here in requests that change nothing (writes answer from their entity, {@code Actor.view()}).
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
    private final SearchWords searchWords;

    public ActorViews(EntityManager entityManager, SearchWords searchWords) {
        this.entityManager = entityManager;
        this.searchWords = searchWords;
    }

    public Optional<ActorView> byId(UUID id) {
        return read(COLUMNS + " FROM actor a " + COLLECTIONS + " WHERE a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The actors of the given ids (as text, as the change feed keeps them), by id; unknown ids are left out. */
    public Map<String, ActorView> byIds(List<String> ids) {
        Map<String, ActorView> views = new HashMap<>();
        read(COLUMNS + " FROM actor a " + COLLECTIONS + " WHERE a.id = ANY (CAST(:ids AS uuid[]))",
                Map.of("ids", ids.toArray(String[]::new))).forEach(view -> views.put(view.id().toString(), view));
        return views;
    }

    /** One keyset page of the actors a filter finds. */
    public List<ActorView> page(ActorFilter filter, PageRequest page) {
        String words = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            words = searchWords.literal(filter.text());
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

    // Plain JDBC: Hibernate's native-query result building took a fifth of a page's request thread.
    private List<ActorView> read(String sql, Map<String, Object> parameters) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<ActorView> views = new ArrayList<>();
            try (PreparedStatement statement = NamedParameters.prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    views.add(view(rows));
                }
            }
            return views;
        });
    }

    private static ActorView view(ResultSet row) throws SQLException {
        String street = row.getString("address_street");
        String postalCode = row.getString("address_postal_code");
        String city = row.getString("address_city");
        String communeCode = row.getString("address_commune_code");
        Address address = street == null && postalCode == null && city == null && communeCode == null ? null
                : new Address(street, postalCode, city, communeCode);
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        Arrays.stream(strings(row, "themes")).map(Theme::valueOf).forEach(themes::add);
        return new ActorView(row.getObject("id", UUID.class), row.getString("name"),
                ActorKind.valueOf(row.getString("kind")), World.valueOf(row.getString("world")),
                row.getString("description"), row.getString("website"), row.getString("email"),
                row.getString("phone"), address,
                pairs(strings(row, "levels"), strings(row, "codes"),
                        (level, code) -> new ActorTerritory(TerritoryLevel.valueOf(level), code, true)),
                themes,
                pairs(strings(row, "schemes"), strings(row, "identifier_values"),
                        (scheme, value) -> new Identifier(IdentifierScheme.valueOf(scheme), value)),
                pairs(strings(row, "systems"), strings(row, "external_ids"), ExternalRef::new),
                row.getBoolean("archived"), instant(row, "archived_at"), row.getObject("merged_into", UUID.class),
                instant(row, "created_at"), instant(row, "updated_at"), row.getLong("version"));
    }

    /** A text[] column; null when SQL gave none (an actor without such rows). */
    private static String[] strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? null : (String[]) array.getArray();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
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
