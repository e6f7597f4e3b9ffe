package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.maillage.alliances.domain.KnownActor;
import org.maillage.alliances.repository.KnownActorRepository;

/** Applies actor events to the projection; runs in the consumer's transaction. */
@ApplicationScoped
public class KnownActors {

    private final KnownActorRepository repository;

    public KnownActors(KnownActorRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(UUID actorId, String name, String kind, String world, Instant at) {
        if (repository.findByIdOptional(actorId).isEmpty()) {
            repository.persist(new KnownActor(actorId, name, kind, world, at));
        }
    }
}
