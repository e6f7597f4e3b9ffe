package org.maillage.alliances.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.alliances.domain.Alliance;

@ApplicationScoped
public class AllianceRepository implements PanacheRepositoryBase<Alliance, UUID> {

    /** Alliances where the actor is or was a member, pledged a commitment, or mediates. */
    public List<Alliance> referring(UUID actorId) {
        return find("""
                select distinct a from Alliance a left join a.members m left join a.commitments c
                where m.actorId = ?1 or c.memberActorId = ?1 or a.mediator.actorId = ?1""", actorId).list();
    }

    /** The alliances of the given ids (archived ones included), by id as text, as a change feed asks for them. */
    public Map<String, Alliance> byIds(List<String> ids) {
        return list("id in ?1", ids.stream().map(UUID::fromString).toList()).stream()
                .collect(Collectors.toMap(a -> a.id().toString(), Function.identity()));
    }
}
