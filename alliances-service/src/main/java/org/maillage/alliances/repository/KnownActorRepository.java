package org.maillage.alliances.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.alliances.domain.KnownActor;

@ApplicationScoped
public class KnownActorRepository implements PanacheRepositoryBase<KnownActor, UUID> {

    public Map<UUID, KnownActor> findAllById(Collection<UUID> ids) {
        return list("actorId in ?1", ids).stream().collect(Collectors.toMap(KnownActor::actorId, Function.identity()));
    }
}
