package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorProposal;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;
import org.maillage.actors.events.ActorEvents;
import org.maillage.actors.events.ActorMerged;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.actors.repository.PersonRepository;
import org.maillage.commons.http.ETags;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

/**
 * Merging a duplicate: the survivor takes over its people, identifiers, external refs and territories; the absorbed
 * actor is archived pointing to the survivor; events tell other services to re-point their references.
 */
@ApplicationScoped
public class ActorMerges {

    private final ActorRepository actors;
    private final ActorService service;
    private final Outbox outbox;
    private final PersonRepository people;
    private final ActorAccess access;

    public ActorMerges(ActorRepository actors, ActorService service, Outbox outbox, PersonRepository people,
                       ActorAccess access) {
        this.access = access;
        this.people = people;
        this.actors = actors;
        this.service = service;
        this.outbox = outbox;
    }

    @Transactional
    public Actor merge(UUID survivorId, UUID absorbedId, String ifMatch) {
        access.requireAdmin("merge actors");
        Actor survivor = service.get(survivorId);
        ETags.requireMatch(ifMatch, survivor.version());
        Actor absorbed = actors.findByIdOptional(absorbedId).orElseThrow(() -> new UnprocessableException(
                "Actor " + absorbedId + " does not exist", List.of(new FieldError("absorbedId", "UnknownActor", "does not exist"))));
        if (survivorId.equals(absorbedId)) {
            throw new UnprocessableException("An actor cannot absorb itself",
                    List.of(new FieldError("absorbedId", "SameActor", "is the actor addressed")));
        }
        if (survivor.archived() || absorbed.archived()) {
            throw new ConflictException("Actor " + (survivor.archived() ? survivorId : absorbedId) + " is archived");
        }
        List<Identifier> movedIdentifiers = new ArrayList<>(absorbed.identifiers());
        List<ExternalRef> movedRefs = new ArrayList<>(absorbed.externalRefs());
        ActorProposal view = ActorProposal.of(survivor);
        ActorProposal merged = view.with(union(view.territories(), ActorProposal.of(absorbed).territories()),
                union(view.identifiers(), movedIdentifiers), union(view.externalRefs(), movedRefs));
        people.ofActor(absorbedId).forEach(person -> person.moveTo(survivorId));
        absorbed.releaseIdentity();
        absorbed.archive(survivorId);
        actors.flush();
        Actor result = service.update(survivorId, merged, null);
        outbox.appendAll(List.of(ActorEvents.archived(absorbed), ActorEvents.merged(
                new ActorMerged(survivorId, absorbedId, movedIdentifiers, movedRefs, absorbed.archivedAt()))));
        return result;
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        second.stream().filter(item -> !all.contains(item)).forEach(all::add);
        return all;
    }
}
