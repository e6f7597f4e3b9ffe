package org.maillage.alliances.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;

@ApplicationScoped
public class AllianceRepository implements PanacheRepositoryBase<Alliance, UUID> {

    /** Alliances where the actor is or was a member, pledged a commitment, or mediates. */
    public List<Alliance> referring(UUID actorId) {
        return find("""
                select distinct a from Alliance a left join a.members m left join a.commitments c
                where m.actorId = ?1 or c.memberActorId = ?1 or a.mediator.actorId = ?1""", actorId).list();
    }
}
