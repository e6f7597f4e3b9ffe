package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.KnownActor;
import org.maillage.alliances.domain.KnownPerson;
import org.maillage.alliances.domain.Member;
import org.maillage.alliances.domain.MemberRole;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.MediatorAssigned;
import org.maillage.alliances.events.MembershipChanged;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;

/** Governance: who takes part in an alliance, with which role, and who mediates between the partners. */
@ApplicationScoped
public class MembershipService {

    private final AllianceStore store;
    private final AllianceChanges changes;

    public MembershipService(AllianceStore store, AllianceChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    @Transactional
    public Alliance join(UUID id, String ifMatch, UUID actorId, MemberRole role) {
        Alliance alliance = store.forWrite(id, ifMatch);
        requireActive(actorId, "actorId");
        if (actorId.equals(alliance.mediatorActorId())) {
            throw invalid("actorId", "MediatorCannotBeMember", "actor " + actorId + " mediates this alliance and must stay neutral");
        }
        if (alliance.activeMembers().stream().anyMatch(m -> m.actorId().equals(actorId) && m.role() == role)) {
            throw invalid("actorId", "DuplicateMember", "actor " + actorId + " is already a " + role + " of this alliance");
        }
        Instant now = DatabaseClock.now();
        alliance.join(new Member(actorId, role, now), now);
        store.flush();
        changes.record(AllianceEvents.MEMBER_JOINED, id.toString(),
                new MembershipChanged(id, actorId, role, now, null));
        return alliance;
    }

    /** The actor leaves every role it holds; its commitments stay on record. */
    @Transactional
    public Alliance leave(UUID id, String ifMatch, UUID actorId) {
        Alliance alliance = store.forWrite(id, ifMatch);
        List<Member> leaving = alliance.leave(actorId, DatabaseClock.now());
        if (leaving.isEmpty()) {
            throw new ResourceNotFoundException("Member", actorId);
        }
        store.flush();
        for (Member m : leaving) {
            changes.record(AllianceEvents.MEMBER_LEFT, id.toString(),
                    new MembershipChanged(id, actorId, m.role(), m.joinedAt(), m.leftAt()));
        }
        return alliance;
    }

    /**
     * A mediator is a neutral third party: a known actor holding no role in the alliance, or a person of such
     * an actor holding the inter-organisation mediator profession (personId given, actorId null).
     */
    @Transactional
    public Alliance assignMediator(UUID id, String ifMatch, UUID actorId, UUID personId) {
        Alliance alliance = store.forWrite(id, ifMatch);
        String field = personId == null ? "actorId" : "personId";
        UUID mediatorActor = personId == null ? actorId : mediatingPerson(personId).actorId();
        requireActive(mediatorActor, field);
        if (alliance.activeMembers().stream().anyMatch(m -> m.actorId().equals(mediatorActor))) {
            String who = personId == null ? "actor " + mediatorActor : "actor " + mediatorActor + " of person " + personId;
            throw invalid(field, "MediatorNotNeutral", who + " is a member of this alliance and cannot mediate it");
        }
        Instant now = DatabaseClock.now();
        alliance.assignMediator(mediatorActor, personId, now);
        store.flush();
        changes.record(AllianceEvents.MEDIATOR_ASSIGNED, id.toString(),
                new MediatorAssigned(id, mediatorActor, personId, now));
        return alliance;
    }

    private KnownPerson mediatingPerson(UUID personId) {
        KnownPerson person = store.knownPerson(personId);
        if (person == null) {
            throw invalid("personId", "UnknownPerson", "person " + personId + " is not known");
        }
        if (!person.canMediate()) {
            throw invalid("personId", "NotAMediator", "person " + personId
                    + " does not hold the INTER_ORGANISATION_MEDIATOR profession, or was removed");
        }
        return person;
    }

    private void requireActive(UUID actorId, String field) {
        KnownActor actor = store.knownActor(actorId);
        if (actor == null) {
            throw invalid(field, "UnknownActor", "actor " + actorId + " is not registered");
        }
        if (actor.archived()) {
            throw invalid(field, "ArchivedActor", "actor " + actorId + " is archived");
        }
    }

    static UnprocessableException invalid(String field, String code, String message) {
        return new UnprocessableException(message, List.of(new FieldError(field, code, message)));
    }
}
