package org.maillage.actors.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;
import org.maillage.commons.paging.PageRequest;

@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<Actor, UUID> {

    /** One keyset page: the ids by SQL (search and filters need it), then the actors with their collections. */
    public List<Actor> page(ActorFilter filter, PageRequest page) {
        ActorQuery sql = ActorQuery.of(filter, page);
        Query query = getEntityManager().createNativeQuery(sql.text());
        sql.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Actor> byId = list("id in ?1", ids).stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    public Optional<UUID> ownerOf(Identifier identifier) {
        return single("SELECT actor_id FROM actor_identifier WHERE scheme = ?1 AND value = ?2",
                identifier.scheme().name(), identifier.value());
    }

    public Optional<UUID> ownerOf(ExternalRef ref) {
        return single("SELECT actor_id FROM actor_external_ref WHERE system = ?1 AND external_id = ?2",
                ref.system(), ref.id());
    }

    private Optional<UUID> single(String sql, String first, String second) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery(sql, UUID.class)
                .setParameter(1, first).setParameter(2, second).getResultList();
        return ids.stream().min(Comparator.naturalOrder());
    }
}
