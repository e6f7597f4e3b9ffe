package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.repository.ActorRepository;

/** Create-or-update keyed by a partner's external ref, so a CRM can push its records without tracking our ids. */
@ApplicationScoped
public class ActorUpserts {

    private final ActorRepository actors;
    private final ActorService service;
    private final ReferenceSystems systems;

    public ActorUpserts(ActorRepository actors, ActorService service, ReferenceSystems systems) {
        this.actors = actors;
        this.service = service;
        this.systems = systems;
    }

    @Transactional
    public Upserted byRef(String system, String externalId, ActorInput input, String ifMatch) {
        ExternalRef ref = new ExternalRef(system.strip(), externalId.strip());
        // Upserting through a system is writing in it, even when the actor already carries the ref.
        systems.requireWritable(ref, "system", systems.ownersOf(List.of(ref)));
        ActorInput withRef = withRef(input, ref);
        Optional<UUID> owner = actors.ownerOf(ref);
        if (owner.isEmpty()) {
            return new Upserted(service.register(withRef), Upserted.Outcome.CREATED);
        }
        long before = service.get(owner.get()).version();
        Actor actor = service.update(owner.get(), withRef, ifMatch);
        return new Upserted(actor, actor.version() == before ? Upserted.Outcome.UNCHANGED : Upserted.Outcome.UPDATED);
    }

    private static ActorInput withRef(ActorInput input, ExternalRef ref) {
        List<ExternalRef> refs = new ArrayList<>(input.externalRefsOrEmpty());
        if (refs.stream().noneMatch(r -> r.system().strip().equals(ref.system()) && r.id().strip().equals(ref.id()))) {
            refs.add(ref);
        }
        return new ActorInput(input.name(), input.kind(), input.description(), input.website(), input.email(),
                input.phone(), input.address(), input.territories(), input.themes(), input.identifiers(), refs);
    }
}
