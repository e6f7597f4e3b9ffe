package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.maillage.actors.domain.ActorDraft;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;

/**
 * An identifier or external ref belongs to one actor only. A clash is a 409 naming the actor that holds it,
 * in the detail and in the field error's message, so an integrator can link to it instead of duplicating.
 * A ref the actor does not hold yet must also be in a reference system the caller may write in
 * ({@link ReferenceSystems}).
 */
@ApplicationScoped
public class ActorUniqueness {

    private final ActorRepository actors;
    private final ReferenceSystems systems;

    public ActorUniqueness(ActorRepository actors, ReferenceSystems systems) {
        this.actors = actors;
        this.systems = systems;
    }

    /** Throws 409 when another actor than {@code self} (null for a new actor) holds one of the draft's ids. */
    public void check(ActorDraft draft, UUID self) {
        check(draft, self, actors::ownerOf, actors::ownerOf, systems.ownersOf(draft.externalRefs()));
    }

    /** The same check against holders already read for a whole batch. */
    void check(ActorDraft draft, UUID self, Holders holders) {
        check(draft, self, holders::of, holders::of, holders.systems());
    }

    private void check(ActorDraft draft, UUID self, Function<Identifier, Optional<UUID>> identifierHolder,
                       Function<ExternalRef, Optional<UUID>> refHolder, Map<String, Optional<UUID>> systemOwners) {
        for (int i = 0; i < draft.identifiers().size(); i++) {
            Identifier identifier = draft.identifiers().get(i);
            Optional<UUID> owner = identifierHolder.apply(identifier).filter(id -> !id.equals(self));
            if (owner.isPresent()) {
                throw duplicate("Identifier " + identifier.scheme() + " " + identifier.value(),
                        "identifiers[" + i + "].value", owner.get());
            }
        }
        for (int i = 0; i < draft.externalRefs().size(); i++) {
            ExternalRef ref = draft.externalRefs().get(i);
            Optional<UUID> holder = refHolder.apply(ref);
            Optional<UUID> owner = holder.filter(id -> !id.equals(self));
            if (owner.isPresent()) {
                throw duplicate("External ref " + ref.system() + "/" + ref.id(), "externalRefs[" + i + "]", owner.get());
            }
            if (holder.isEmpty()) {
                systems.requireWritable(ref, "externalRefs[" + i + "].system", systemOwners);
            }
        }
    }

    private static ConflictException duplicate(String what, String field, UUID owner) {
        return new ConflictException(what + " is already registered by actor " + owner,
                List.of(new FieldError(field, "AlreadyRegistered", owner.toString())));
    }
}
