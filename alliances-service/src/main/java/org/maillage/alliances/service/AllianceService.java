package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceDetails;
import org.maillage.alliances.domain.KnownActor;
import org.maillage.alliances.domain.Member;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.AllianceProposed;
import org.maillage.alliances.events.AllianceUpdated;
import org.maillage.alliances.repository.KnownActorRepository;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

/** Proposing an alliance and revising its description. */
@ApplicationScoped
public class AllianceService {

    private final AllianceStore store;
    private final KnownActorRepository knownActors;
    private final AllianceChanges changes;

    public AllianceService(AllianceStore store, KnownActorRepository knownActors, AllianceChanges changes) {
        this.store = store;
        this.knownActors = knownActors;
        this.changes = changes;
    }

    /** Proposes an alliance; every member must be a known, non-archived actor. */
    @Transactional
    public Alliance propose(AllianceDetails details, List<NewMember> requested) {
        Map<UUID, KnownActor> known = knownActors.findAllById(requested.stream().map(NewMember::actorId).toList());
        List<FieldError> errors = new ArrayList<>();
        Set<NewMember> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            UUID actorId = requested.get(i).actorId();
            KnownActor actor = known.get(actorId);
            if (!seen.add(requested.get(i))) {
                errors.add(new FieldError("members[" + i + "]", "DuplicateMember", "actor " + actorId + " is listed twice with the same role"));
            } else if (actor == null) {
                errors.add(new FieldError("members[" + i + "].actorId", "UnknownActor", "actor " + actorId + " is not registered"));
            } else if (actor.archived()) {
                errors.add(new FieldError("members[" + i + "].actorId", "ArchivedActor", "actor " + actorId + " is archived"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("Members cannot join: "
                    + String.join("; ", errors.stream().map(FieldError::message).toList()), errors);
        }
        Instant now = AllianceStore.now();
        Alliance alliance = Alliance.propose(details,
                requested.stream().map(m -> new Member(m.actorId(), m.role(), now)).toList(), now);
        store.persist(alliance);
        store.flush();
        changes.record(AllianceEvents.PROPOSED, alliance.id().toString(), AllianceProposed.of(alliance));
        return alliance;
    }

    @Transactional
    public Alliance get(UUID id) {
        return store.find(id);
    }

    /**
     * Replaces the description. expectedVersion is the version the new details were computed from: a change
     * in between is a conflict rather than a silent overwrite.
     */
    @Transactional
    public Alliance describe(UUID id, String ifMatch, long expectedVersion, AllianceDetails details, Set<String> changed) {
        Alliance alliance = store.forWrite(id, ifMatch);
        if (alliance.version() != expectedVersion) {
            throw new ConflictException("The alliance changed while the patch was applied; read it again and retry");
        }
        alliance.describe(details, AllianceStore.now());
        store.flush();
        changes.record(AllianceEvents.UPDATED, id.toString(),
                AllianceUpdated.of(alliance, changed));
        return alliance;
    }
}
