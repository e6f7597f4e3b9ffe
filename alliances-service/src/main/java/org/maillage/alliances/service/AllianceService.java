package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.KnownActor;
import org.maillage.alliances.domain.Member;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.AllianceProposed;
import org.maillage.alliances.repository.AllianceRepository;
import org.maillage.alliances.repository.KnownActorRepository;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;

@ApplicationScoped
public class AllianceService {

    private final AllianceRepository alliances;
    private final KnownActorRepository knownActors;
    private final Outbox outbox;

    public AllianceService(AllianceRepository alliances, KnownActorRepository knownActors, Outbox outbox) {
        this.alliances = alliances;
        this.knownActors = knownActors;
        this.outbox = outbox;
    }

    /** Proposes an alliance; every member must be a known, non-archived actor. */
    @Transactional
    public Alliance propose(String name, String purpose, List<NewMember> requested) {
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
            throw new UnprocessableException(describe(errors), errors);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Alliance alliance = Alliance.propose(name, purpose,
                requested.stream().map(m -> new Member(m.actorId(), m.role(), now)).toList());
        alliances.persist(alliance);
        outbox.append(AllianceEvents.TOPIC, AllianceEvents.PROPOSED, alliance.id().toString(), AllianceProposed.of(alliance));
        return alliance;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Alliance get(UUID id) {
        return alliances.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Alliance", id));
    }

    private static String describe(List<FieldError> errors) {
        return "Members cannot join: " + String.join("; ", errors.stream().map(FieldError::message).toList());
    }
}
