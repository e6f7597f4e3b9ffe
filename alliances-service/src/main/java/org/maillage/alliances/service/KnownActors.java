package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.KnownActor;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.AllianceUpdated;
import org.maillage.alliances.repository.AllianceRepository;
import org.maillage.alliances.repository.KnownActorRepository;
import org.maillage.commons.persistence.DatabaseClock;

/**
 * Applies actor events to the projection; runs in the consumer's transaction. Every step is idempotent:
 * a replayed event changes nothing. Events of one actor arrive in order (keyed by actor id).
 */
@ApplicationScoped
public class KnownActors {

    private final KnownActorRepository repository;
    private final AllianceRepository alliances;
    private final AllianceChanges changes;

    public KnownActors(KnownActorRepository repository, AllianceRepository alliances, AllianceChanges changes) {
        this.repository = repository;
        this.alliances = alliances;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(UUID actorId, String name, String kind, String world, Instant at) {
        if (repository.findByIdOptional(actorId).isEmpty()) {
            repository.persist(new KnownActor(actorId, name, kind, world, at));
        }
    }

    /** Archived actors stay members; the alliance status flags them (MEMBER_ARCHIVED). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void archived(UUID actorId, UUID mergedInto, Instant at) {
        repository.findByIdOptional(actorId).ifPresent(actor -> actor.archive(mergedInto, at));
    }

    /** Every alliance referring to the absorbed actor now refers to the survivor. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merged(UUID survivorId, UUID absorbedId, Instant at) {
        repository.findByIdOptional(absorbedId).ifPresent(actor -> actor.archive(survivorId, at));
        Instant now = DatabaseClock.now();
        for (Alliance alliance : alliances.referring(absorbedId)) {
            if (alliance.repoint(absorbedId, survivorId, now)) {
                alliances.flush();
                changes.record(AllianceEvents.UPDATED, alliance.id().toString(),
                        AllianceUpdated.of(alliance, Set.of("members")));
            }
        }
    }
}
