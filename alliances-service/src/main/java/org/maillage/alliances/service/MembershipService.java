package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.Commitment;
import org.maillage.alliances.domain.CommitmentStatus;
import org.maillage.alliances.domain.Consent;
import org.maillage.alliances.domain.Departure;
import org.maillage.alliances.domain.KnownActor;
import org.maillage.alliances.domain.KnownPerson;
import org.maillage.alliances.domain.Member;
import org.maillage.alliances.domain.MemberRole;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.CommitmentChanged;
import org.maillage.alliances.events.MediatorAssigned;
import org.maillage.alliances.events.MembershipChanged;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

/** Governance: who takes part in an alliance, with which role, and who mediates between the partners. */
@ApplicationScoped
public class MembershipService {

    private final AllianceStore store;
    private final AllianceChanges changes;
    private final AllianceAccess access;

    public MembershipService(AllianceStore store, AllianceChanges changes, AllianceAccess access) {
        this.store = store;
        this.changes = changes;
        this.access = access;
    }

    /** The lead adds a member: its own organisation joins at once, any other is invited (see {@link Consent}). */
    @Transactional
    public Alliance join(UUID id, String ifMatch, UUID actorId, MemberRole role) {
        Alliance alliance = store.forWrite(id, ifMatch);
        requireActive(actorId, "actorId");
        if (actorId.equals(alliance.mediatorActorId())) {
            throw invalid("actorId", "MediatorCannotBeMember", "actor " + actorId + " mediates this alliance and must stay neutral");
        }
        if (alliance.currentMembers(actorId).stream().anyMatch(m -> m.role() == role)) {
            throw invalid("actorId", "DuplicateMember", "actor " + actorId + " is already a " + role
                    + " of this alliance, or invited as one");
        }
        Instant now = DatabaseClock.now();
        Member member = Consent.entering(access.acting(), actorId, role, now);
        alliance.join(member, now);
        store.flush();
        changes.record(MembershipChanged.type(member), id.toString(), MembershipChanged.of(id, member));
        return alliance;
    }

    /** The invited organisation accepts (every role it is invited to becomes active) or declines. */
    @Transactional
    public Alliance answer(UUID id, String ifMatch, UUID actorId, boolean accepted) {
        Alliance alliance = store.forWrite(id, ifMatch, a -> Consent.requireInvitee(a, access.acting(), actorId));
        Instant now = DatabaseClock.now();
        List<Member> answered = alliance.answerInvitation(actorId, accepted, now);
        store.flush();
        for (Member m : answered) {
            changes.record(MembershipChanged.type(m), id.toString(), MembershipChanged.of(id, m));
        }
        return alliance;
    }

    /**
     * The actor leaves every role it holds, or its invitation ends; its open commitments end with it (pledged
     * ones withdrawn, proposed ones declined), delivered ones stay on record.
     */
    @Transactional
    public Alliance leave(UUID id, String ifMatch, UUID actorId) {
        Alliance alliance = store.forWrite(id, ifMatch, a -> Consent.requireLeave(a, access.acting(), actorId));
        Instant now = DatabaseClock.now();
        Departure departure = alliance.leave(actorId, now);
        store.flush();
        for (Member m : departure.members()) {
            changes.record(MembershipChanged.type(m), id.toString(), MembershipChanged.of(id, m));
        }
        for (Commitment c : departure.commitments()) {
            changes.record(c.status() == CommitmentStatus.DECLINED
                            ? AllianceEvents.COMMITMENT_DECLINED : AllianceEvents.COMMITMENT_WITHDRAWN,
                    id.toString(), CommitmentChanged.of(id, c, now));
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
        if (!alliance.currentMembers(mediatorActor).isEmpty()) {
            String who = personId == null ? "actor " + mediatorActor : "actor " + mediatorActor + " of person " + personId;
            throw invalid(field, "MediatorNotNeutral", who + " is a member of this alliance (or invited) and cannot mediate it");
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
