package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.ReferenceSystemClaim;
import org.maillage.actors.domain.ReferenceSystemOwner;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.actors.repository.ReferenceSystemRepository;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.commons.security.Caller;
import org.maillage.commons.security.CallerIdentity;

/**
 * Applies {@link ReferenceSystemOwner} to the external refs an actor gains, claiming free systems for the
 * caller's organisation in the transaction of the write.
 */
@ApplicationScoped
public class ReferenceSystems {

    private final ReferenceSystemRepository systems;
    private final CallerIdentity identity;
    private final ActorAccess access;
    private final ActorRepository actors;

    public ReferenceSystems(ReferenceSystemRepository systems, CallerIdentity identity, ActorAccess access,
                            ActorRepository actors) {
        this.systems = systems;
        this.identity = identity;
        this.access = access;
        this.actors = actors;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferenceSystemClaim get(String system) {
        return systems.find(system).orElseThrow(() -> new ResourceNotFoundException("Reference system", system));
    }

    /** An admin gives a system to its rightful organisation, e.g. after another one claimed it first. */
    @Transactional
    public ReferenceSystemClaim assign(String system, UUID organisation) {
        access.requireAdmin("assign reference systems");
        if (actors.findByIdOptional(organisation).isEmpty()) {
            throw new UnprocessableException("Organisation " + organisation + " is not in the registry",
                    List.of(new FieldError("organisationId", "UnknownActor", "is not an actor of the registry")));
        }
        systems.assign(system, organisation, DatabaseClock.now());
        return get(system);
    }

    /** Owners of the systems of these refs, read once for a batch; {@link #requireWritable} keeps it current. */
    Map<String, Optional<UUID>> ownersOf(Collection<ExternalRef> refs) {
        List<String> names = refs.stream().map(ExternalRef::system).distinct().toList();
        Map<String, UUID> found = systems.owners(names);
        Map<String, Optional<UUID>> owners = new HashMap<>();
        names.forEach(name -> owners.put(name, Optional.ofNullable(found.get(name))));
        return owners;
    }

    /** Refuses with a 403 naming the field, or claims a free system, for a ref the caller wants to write. */
    void requireWritable(ExternalRef ref, String field, Map<String, Optional<UUID>> owners) {
        Caller caller = identity.caller();
        UUID owner = owners.computeIfAbsent(ref.system(), name -> Optional.ofNullable(systems.owners(List.of(name)).get(name)))
                .orElse(null);
        if (ReferenceSystemOwner.claims(owner, caller.organisationId(), caller.admin())) {
            owner = systems.claim(ref.system(), caller.organisationId(), DatabaseClock.now());
            owners.put(ref.system(), Optional.of(owner));
        }
        Optional<String> refusal = ReferenceSystemOwner.refusal(ref.system(), owner, caller.organisationId(), caller.admin());
        if (refusal.isPresent()) {
            throw new ForbiddenException(refusal.get() + " (" + field + ")");
        }
    }
}
