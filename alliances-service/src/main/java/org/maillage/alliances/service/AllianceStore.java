package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.maillage.alliances.domain.ActorFacts;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.KnownActor;
import org.maillage.alliances.domain.KnownPerson;
import org.maillage.alliances.domain.Lifecycle;
import org.maillage.alliances.domain.Member;
import org.maillage.alliances.repository.AllianceRepository;
import org.maillage.alliances.repository.KnownActorRepository;
import org.maillage.alliances.repository.KnownPersonRepository;
import org.maillage.commons.http.ETags;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;

/** Loading alliances for reads and writes, shared by the use cases; callers own the transaction. */
@ApplicationScoped
public class AllianceStore {

    private final AllianceRepository alliances;
    private final KnownActorRepository knownActors;
    private final KnownPersonRepository knownPeople;
    private final AllianceAccess access;

    public AllianceStore(AllianceRepository alliances, KnownActorRepository knownActors,
                         KnownPersonRepository knownPeople, AllianceAccess access) {
        this.access = access;
        this.alliances = alliances;
        this.knownActors = knownActors;
        this.knownPeople = knownPeople;
    }

    public Alliance find(UUID id) {
        return alliances.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Alliance", id));
    }

    /**
     * An alliance about to change: If-Match, when sent, must name its current version (412 otherwise), and
     * a final or archived alliance refuses every change (409). Only its lead (or an admin) may change it (403).
     */
    public Alliance forWrite(UUID id, String ifMatch) {
        return forWrite(id, ifMatch, access::requireLead);
    }

    /** As {@link #forWrite(UUID, String)}, with the rule of who may ask for this change instead of the lead's. */
    public Alliance forWrite(UUID id, String ifMatch, Consumer<Alliance> mayChange) {
        Alliance alliance = find(id);
        mayChange.accept(alliance);
        ETags.requireMatch(ifMatch, alliance.version());
        requireChangeable(alliance);
        return alliance;
    }

    /** For a write that checked If-Match itself: who may ask for the change, then whether the alliance may change. */
    void requireChangeable(Alliance alliance, Consumer<Alliance> mayChange) {
        mayChange.accept(alliance);
        requireChangeable(alliance);
    }

    /** A final or archived alliance refuses every change (409). */
    private static void requireChangeable(Alliance alliance) {
        if (alliance.archived()) {
            throw new ConflictException("The alliance was archived at " + alliance.archivedAt() + ": it cannot change any more");
        }
        if (Lifecycle.isFinal(alliance.state())) {
            throw new ConflictException("The alliance is " + alliance.state() + ", a final state: it cannot change any more");
        }
    }

    void persist(Alliance alliance) {
        alliances.persist(alliance);
    }

    /** Writes now, so a concurrent change surfaces as an optimistic-lock failure inside the transaction. */
    void flush() {
        alliances.flush();
    }

    /** What the projection knows of the alliance's members and mediator, loaded in one query. */
    public Function<UUID, ActorFacts> actorsOf(Alliance alliance) {
        Set<UUID> ids = new HashSet<>();
        alliance.members().stream().map(Member::actorId).forEach(ids::add);
        if (alliance.mediatorActorId() != null) {
            ids.add(alliance.mediatorActorId());
        }
        Map<UUID, KnownActor> known = ids.isEmpty() ? Map.of() : knownActors.findAllById(ids);
        return id -> {
            KnownActor actor = known.get(id);
            return actor == null ? ActorFacts.UNKNOWN : actor.facts();
        };
    }

    KnownActor knownActor(UUID id) {
        return knownActors.findById(id);
    }

    KnownPerson knownPerson(UUID id) {
        return knownPeople.findById(id);
    }
}
