package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorProposal;
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
    public Upserted byRef(String system, String externalId, ActorProposal proposal, String ifMatch) {
        ExternalRef ref = new ExternalRef(system.strip(), externalId.strip());
        // Upserting through a system is writing in it, even when the actor already carries the ref.
        systems.requireWritable(ref, "system", systems.ownersOf(List.of(ref)));
        ActorProposal withRef = withRef(proposal, ref);
        Optional<UUID> owner = actors.ownerOf(ref);
        if (owner.isEmpty()) {
            return new Upserted(service.register(withRef), Upserted.Outcome.CREATED);
        }
        long before = service.get(owner.get()).version();
        Actor actor = service.update(owner.get(), withRef, ifMatch);
        return new Upserted(actor, actor.version() == before ? Upserted.Outcome.UNCHANGED : Upserted.Outcome.UPDATED);
    }

    private static ActorProposal withRef(ActorProposal proposal, ExternalRef ref) {
        List<ExternalRef> refs = new ArrayList<>(proposal.externalRefs());
        if (refs.stream().noneMatch(r -> r.system().strip().equals(ref.system()) && r.id().strip().equals(ref.id()))) {
            refs.add(ref);
        }
        return proposal.with(proposal.territories(), proposal.identifiers(), refs);
    }
}
