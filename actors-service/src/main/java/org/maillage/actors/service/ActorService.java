package org.maillage.actors.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.World;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorDraft;
import org.maillage.actors.domain.ActorTerritory;
import org.maillage.actors.events.ActorArchived;
import org.maillage.actors.events.ActorEvents;
import org.maillage.actors.events.ActorRegistered;
import org.maillage.actors.events.ActorUpdated;
import org.maillage.actors.repository.ActorFilter;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.actors.repository.NewActorRows;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.MergePatcher;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.outbox.NewEvent;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;

/** Use cases of the registry; each change commits with its event. */
@ApplicationScoped
public class ActorService {

    private final ActorRepository actors;
    private final ActorValidator validator;
    private final ActorUniqueness uniqueness;
    private final Territories territories;
    private final Outbox outbox;
    private final MergePatcher patcher;
    private final ActorAccess access;
    private final NewActorRows newRows;

    public ActorService(ActorRepository actors, ActorValidator validator, ActorUniqueness uniqueness,
                        Territories territories, Outbox outbox, MergePatcher patcher, ActorAccess access,
                        NewActorRows newRows) {
        this.newRows = newRows;
        this.access = access;
        this.patcher = patcher;
        this.actors = actors;
        this.validator = validator;
        this.uniqueness = uniqueness;
        this.territories = territories;
        this.outbox = outbox;
    }

    @Transactional
    public Actor register(ActorInput input) {
        ActorDraft draft = validator.check(input);
        uniqueness.check(draft, null);
        return registerChecked(List.of(draft)).get(0);
    }

    /**
     * Registers drafts already validated and checked for uniqueness: their rows, then their events, each in one
     * batch. The actors returned are not managed (see NewActorRows).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Actor> registerChecked(List<ActorDraft> drafts) {
        List<Actor> created = drafts.stream()
                .map(draft -> Actor.register(draft, territories.withAncestors(draft.territories()))).toList();
        newRows.insert(created);
        outbox.appendAll(created.stream()
                .map(actor -> event(ActorEvents.REGISTERED, actor, ActorRegistered.of(actor))).toList());
        return created;
    }

    /** Replaces the client-settable fields; an update that changes nothing bumps nothing and emits nothing. */
    @Transactional
    public Actor update(UUID id, ActorInput input, String ifMatch) {
        access.requireChange(id);
        Actor actor = get(id);
        ETags.requireMatch(ifMatch, actor.version());
        if (actor.archived()) {
            throw new ConflictException("Actor " + id + " is archived and can no longer change");
        }
        ActorDraft draft = validator.check(input);
        uniqueness.check(draft, id);
        updateChecked(List.of(actor), List.of(draft));
        return actor;
    }

    /**
     * Applies checked drafts to active actors, pairwise. An actor whose draft changes nothing keeps its version
     * and emits nothing. Returns the actors that changed; their events carry the versions written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Actor> updateChecked(List<Actor> targets, List<ActorDraft> drafts) {
        Map<Actor, List<String>> changes = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Actor actor = targets.get(i);
            Set<ActorTerritory> rows = territories.withAncestors(drafts.get(i).territories());
            List<String> changed = ActorChanges.between(actor, drafts.get(i), rows);
            if (!changed.isEmpty()) {
                actor.apply(drafts.get(i), rows);
                changes.put(actor, changed);
            }
        }
        actors.flush();
        outbox.appendAll(changes.entrySet().stream()
                .map(change -> event(ActorEvents.UPDATED, change.getKey(), ActorUpdated.of(change.getKey(), change.getValue())))
                .toList());
        return changes.keySet();
    }

    private static NewEvent event(String type, Actor actor, Object data) {
        return new NewEvent(ActorEvents.TOPIC, type, actor.id().toString(), data);
    }

    /** Applies a JSON merge patch (RFC 7396) to the actor's writable view, then updates like PUT. */
    @Transactional
    public Actor patch(UUID id, JsonNode patch, String ifMatch) {
        Actor actor = get(id);
        ETags.requireMatch(ifMatch, actor.version());
        return update(id, patcher.patch(ActorInputs.of(actor), patch, ActorInput.class), null);
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
            outbox.append(ActorEvents.TOPIC, ActorEvents.ARCHIVED, id.toString(), ActorArchived.of(actor));
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
