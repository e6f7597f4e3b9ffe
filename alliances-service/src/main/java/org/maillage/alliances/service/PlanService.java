package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.maillage.alliances.domain.Acting;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.Commitment;
import org.maillage.alliances.domain.CommitmentKind;
import org.maillage.alliances.domain.CommitmentStatus;
import org.maillage.alliances.domain.Consent;
import org.maillage.alliances.domain.Milestone;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.CommitmentChanged;
import org.maillage.alliances.events.MilestoneChanged;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;

/** What members commit to bring and the milestones they plan. */
@ApplicationScoped
public class PlanService {

    private final AllianceStore store;
    private final AllianceChanges changes;
    private final AllianceAccess access;

    public PlanService(AllianceStore store, AllianceChanges changes, AllianceAccess access) {
        this.store = store;
        this.changes = changes;
        this.access = access;
    }

    /**
     * A member pledges its own commitment; the lead's pledge in another member's name is proposed to that member,
     * which confirms or declines it (see {@link Consent}).
     */
    @Transactional
    public Created<Commitment> pledge(UUID id, String ifMatch, UUID memberActorId, CommitmentKind kind, BigDecimal amount,
                             String unit, LocalDate dueDate) {
        Acting by = access.acting();
        Alliance alliance = store.forWrite(id, ifMatch, a -> Consent.requirePledger(a, by, memberActorId));
        Consent.requireAttributable(alliance, memberActorId);
        Instant now = DatabaseClock.now();
        CommitmentStatus status = Consent.pledging(by, memberActorId);
        Commitment commitment = new Commitment(memberActorId, kind, amount, unit.strip(), dueDate, status, now);
        alliance.pledge(commitment, now);
        store.flush();
        changes.record(status == CommitmentStatus.PROPOSED
                        ? AllianceEvents.COMMITMENT_PROPOSED : AllianceEvents.COMMITMENT_PLEDGED,
                id.toString(), CommitmentChanged.of(id, commitment, now));
        return new Created<>(alliance, commitment);
    }

    /** Delivered or withdrawn once, both final; who may is decided by {@link Consent#requireSettle}. */
    @Transactional
    public Alliance settle(UUID id, String ifMatch, UUID commitmentId, CommitmentStatus to) {
        Alliance alliance = store.forWrite(id, ifMatch,
                a -> Consent.requireSettle(a, access.acting(), commitment(a, commitmentId), to));
        Commitment commitment = commitment(alliance, commitmentId);
        Instant now = DatabaseClock.now();
        alliance.settle(commitment, to, now);
        store.flush();
        changes.record(to == CommitmentStatus.DELIVERED
                        ? AllianceEvents.COMMITMENT_DELIVERED : AllianceEvents.COMMITMENT_WITHDRAWN,
                id.toString(), CommitmentChanged.of(id, commitment, now));
        return alliance;
    }

    /** The member a commitment was proposed to takes it on (PLEDGED) or refuses it (DECLINED, final). */
    @Transactional
    public Alliance answer(UUID id, String ifMatch, UUID commitmentId, boolean confirmed) {
        Alliance alliance = store.forWrite(id, ifMatch,
                a -> Consent.requireAnswer(a, access.acting(), commitment(a, commitmentId)));
        Commitment commitment = commitment(alliance, commitmentId);
        Instant now = DatabaseClock.now();
        if (confirmed) {
            alliance.confirm(commitment, now);
        } else {
            alliance.settle(commitment, CommitmentStatus.DECLINED, now);
        }
        store.flush();
        changes.record(confirmed ? AllianceEvents.COMMITMENT_CONFIRMED : AllianceEvents.COMMITMENT_DECLINED,
                id.toString(), CommitmentChanged.of(id, commitment, now));
        return alliance;
    }

    /** An open commitment may be revised (kind, amount, unit, due date); who may is decided by {@link Consent}. */
    @Transactional
    public Alliance amend(UUID id, String ifMatch, UUID commitmentId, UUID memberActorId, CommitmentKind kind,
                          BigDecimal amount, String unit, LocalDate dueDate) {
        Alliance alliance = store.forWrite(id, ifMatch,
                a -> Consent.requireAmend(a, access.acting(), commitment(a, commitmentId)));
        Commitment commitment = commitment(alliance, commitmentId);
        if (!commitment.memberActorId().equals(memberActorId)) {
            throw MembershipService.invalid("memberActorId", "MemberCannotChange",
                    "commitment " + commitmentId + " is attributed to " + commitment.memberActorId()
                            + "; another member pledges its own commitment");
        }
        Instant now = DatabaseClock.now();
        alliance.amend(commitment, kind, amount, unit.strip(), dueDate, now);
        store.flush();
        changes.record(AllianceEvents.COMMITMENT_AMENDED, id.toString(), CommitmentChanged.of(id, commitment, now));
        return alliance;
    }

    /** An unreached milestone may be renamed or moved. */
    @Transactional
    public Alliance reschedule(UUID id, String ifMatch, UUID milestoneId, String title, LocalDate dueDate) {
        Alliance alliance = store.forWrite(id, ifMatch);
        Milestone milestone = milestone(alliance, milestoneId);
        if (milestone.doneAt() != null) {
            throw new ConflictException("Milestone " + milestoneId + " was reached at " + milestone.doneAt()
                    + ": it cannot be rescheduled");
        }
        alliance.reschedule(milestone, title.strip(), dueDate, DatabaseClock.now());
        store.flush();
        changes.record(AllianceEvents.MILESTONE_RESCHEDULED, id.toString(), MilestoneChanged.of(id, milestone));
        return alliance;
    }

    @Transactional
    public Created<Milestone> plan(UUID id, String ifMatch, String title, LocalDate dueDate) {
        Alliance alliance = store.forWrite(id, ifMatch);
        Milestone milestone = new Milestone(title.strip(), dueDate);
        alliance.plan(milestone, DatabaseClock.now());
        store.flush();
        changes.record(AllianceEvents.MILESTONE_PLANNED, id.toString(), MilestoneChanged.of(id, milestone));
        return new Created<>(alliance, milestone);
    }

    @Transactional
    public Alliance reach(UUID id, String ifMatch, UUID milestoneId) {
        Alliance alliance = store.forWrite(id, ifMatch);
        Milestone milestone = milestone(alliance, milestoneId);
        if (milestone.doneAt() != null) {
            throw new ConflictException("Milestone " + milestoneId + " was already reached at " + milestone.doneAt());
        }
        alliance.reach(milestone, DatabaseClock.now());
        store.flush();
        changes.record(AllianceEvents.MILESTONE_REACHED, id.toString(), MilestoneChanged.of(id, milestone));
        return alliance;
    }

    private static Commitment commitment(Alliance alliance, UUID commitmentId) {
        return alliance.commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Commitment", commitmentId));
    }

    private static Milestone milestone(Alliance alliance, UUID milestoneId) {
        return alliance.milestones().stream().filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Milestone", milestoneId));
    }
}
