package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorDraft;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.ActorProposal;
import org.maillage.actors.domain.World;
import org.maillage.actors.events.ActorEvents;
import org.maillage.actors.domain.ActorFilter;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.commons.http.ETags;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;

/** Use cases of the registry; each change commits with its event. */
@ApplicationScoped
public class ActorService {

    private final ActorRepository actors;
    private final ActorValidator validator;
    private final ActorUniqueness uniqueness;
    private final Outbox outbox;
    private final ActorAccess access;

    public ActorService(ActorRepository actors, ActorValidator validator, ActorUniqueness uniqueness, Outbox outbox,
                        ActorAccess access) {
        this.actors = actors;
        this.validator = validator;
        this.uniqueness = uniqueness;
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Actor register(ActorProposal proposal) {
        ActorDraft draft = validator.check(proposal);
        uniqueness.check(draft, null);
        Actor actor = Actor.register(draft);
        actors.persist(actor);
        actors.flush();
        outbox.appendAll(List.of(ActorEvents.registered(actor)));
        return actor;
    }

    /** Replaces the client-settable fields; an update that changes nothing bumps nothing and emits nothing. */
    @Transactional
    public Actor update(UUID id, ActorProposal proposal, String ifMatch) {
        access.requireChange(id);
        Actor actor = get(id);
        ETags.requireMatch(ifMatch, actor.version());
        change(actor, proposal);
        return actor;
    }

    /**
     * Edits the actor's writable state (a JSON merge patch, RFC 7396, in the resource), then updates like PUT,
     * in one pass: the actor is read and its version matched once.
     */
    @Transactional
    public Actor patch(UUID id, UnaryOperator<ActorProposal> edit, String ifMatch) {
        Actor actor = get(id);
        ETags.requireMatch(ifMatch, actor.version());
        ActorProposal edited = edit.apply(ActorProposal.of(actor));
        access.requireChange(id);
        change(actor, edited);
        return actor;
    }

    private void change(Actor actor, ActorProposal proposal) {
        if (actor.archived()) {
            throw new ConflictException("Actor " + actor.id() + " is archived and can no longer change");
        }
        ActorDraft draft = validator.check(proposal);
        uniqueness.check(draft, actor.id());
        List<String> changed = actor.update(draft);
        if (!changed.isEmpty()) {
            actors.flush();
            outbox.appendAll(List.of(ActorEvents.updated(actor, changed)));
        }
    }

    /** Archives instead of deleting, so the actor stays a tombstone for synchronising clients; repeating is harmless. */
    @Transactional
    public Actor archive(UUID id, String ifMatch) {
        access.requireChange(id);
        Actor actor = get(id);
        ETags.requireMatch(ifMatch, actor.version());
        if (!actor.archived()) {
            actor.archive(null);
            actors.flush();
            outbox.appendAll(List.of(ActorEvents.archived(actor)));
        }
        return actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor get(UUID id) {
        return actors.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Actor", id));
    }

    /** How many living actors the filter finds, by world then kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<World, Map<ActorKind, Long>> countsByWorldAndKind(ActorFilter filter) {
        Map<World, Map<ActorKind, Long>> counts = new EnumMap<>(World.class);
        for (Object[] row : actors.countsByWorldAndKind(filter)) {
            counts.computeIfAbsent(World.valueOf((String) row[0]), world -> new EnumMap<>(ActorKind.class))
                    .put(ActorKind.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }
}
