package org.maillage.actors.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorFilter;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;

@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<Actor, UUID> {

    /** Rows of (world, kind, number of actors) for the actors the filter finds. */
    public List<Object[]> countsByWorldAndKind(ActorFilter filter) {
        ActorQuery sql = ActorQuery.countsByWorldAndKind(filter);
        Query query = getEntityManager().createNativeQuery(sql.text());
        sql.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    public Optional<UUID> ownerOf(Identifier identifier) {
        return single("SELECT actor_id FROM actor_identifier WHERE scheme = ? AND value = ?",
                identifier.scheme().name(), identifier.value());
    }

    public Optional<UUID> ownerOf(ExternalRef ref) {
        return single("SELECT actor_id FROM actor_external_ref WHERE system = ? AND external_id = ?",
                ref.system(), ref.id());
    }

    /** The holders of these identifiers, in one query. */
    public Map<Identifier, UUID> ownersOfIdentifiers(Collection<Identifier> identifiers) {
        return owners("SELECT scheme, value, actor_id FROM actor_identifier WHERE (scheme, value) IN (SELECT * FROM unnest(?, ?))",
                identifiers, identifier -> List.of(identifier.scheme().name(), identifier.value()));
    }

    /** The holders of these external refs, in one query. */
    public Map<ExternalRef, UUID> ownersOfRefs(Collection<ExternalRef> refs) {
        return owners("SELECT system, external_id, actor_id FROM actor_external_ref WHERE (system, external_id) IN (SELECT * FROM unnest(?, ?))",
                refs, ref -> List.of(ref.system(), ref.id()));
    }

    private <K> Map<K, UUID> owners(String sql, Collection<K> keys, Function<K, List<String>> columns) {
        Map<List<String>, K> byColumns = new HashMap<>();
        keys.forEach(key -> byColumns.put(columns.apply(key), key));
        Map<K, UUID> owners = new HashMap<>();
        if (keys.isEmpty()) {
            return owners;
        }
        List<List<String>> wanted = List.copyOf(byColumns.keySet());
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setArray(1, connection.createArrayOf("text", wanted.stream().map(c -> c.get(0)).toArray()));
                query.setArray(2, connection.createArrayOf("text", wanted.stream().map(c -> c.get(1)).toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        owners.put(byColumns.get(List.of(rows.getString(1), rows.getString(2))), rows.getObject(3, UUID.class));
                    }
                }
            }
        });
        return owners;
    }

    /**
     * Over the session's JDBC connection: a native query with a scalar result class adds an entry to
     * Hibernate's query plan cache at every call, all with one hash, and looking them up cost a tenth of a
     * registration's CPU (async-profiler, POST /api/v1/actors).
     */
    private Optional<UUID> single(String sql, String first, String second) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, first);
                query.setString(2, second);
                UUID lowest = null;
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        lowest = lowest == null || id.compareTo(lowest) < 0 ? id : lowest;
                    }
                }
                return Optional.ofNullable(lowest);
            }
        });
    }
}
