package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.events.ActorEvents;
import org.maillage.actors.events.ActorRegistered;
import org.maillage.actors.repository.ActorFilter;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.problem.ResourceNotFoundException;

@ApplicationScoped
public class ActorService {

    private final ActorRepository actors;
    private final Outbox outbox;

    public ActorService(ActorRepository actors, Outbox outbox) {
        this.actors = actors;
        this.outbox = outbox;
    }

    /** Registers an organisation; its registered event commits with it. */
    @Transactional
    public Actor register(String name, ActorKind kind) {
        Actor actor = Actor.register(name, kind);
        actors.persist(actor);
        outbox.append(ActorEvents.TOPIC, ActorEvents.REGISTERED, actor.id().toString(), ActorRegistered.of(actor));
        return actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor get(UUID id) {
        return actors.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Actor", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Actor> page(ActorFilter filter, PageRequest page) {
        return actors.page(filter, page);
    }
}
