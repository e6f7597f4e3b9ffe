package org.maillage.diagnostics.coverage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.maillage.diagnostics.coverage.domain.KnownPerson;

@ApplicationScoped
public class KnownPersonRepository implements PanacheRepositoryBase<KnownPerson, UUID> {

    /** The distinct professions of the actor's current people, sorted. */
    public List<String> professionsOf(UUID actorId) {
        return list("actorId = ?1 and gone = false", actorId).stream().flatMap(p -> p.professions().stream())
                .distinct().sorted().toList();
    }
}
