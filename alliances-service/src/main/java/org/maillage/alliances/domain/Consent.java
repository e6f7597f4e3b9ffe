package org.maillage.alliances.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;

/**
 * Nobody speaks for another organisation without its consent. An organisation added by someone else is invited
 * and takes part once it accepts; a commitment is pledged, revised and withdrawn by the organisation it is
 * attributed to, and a lead's pledge in another member's name is only proposed until that member confirms it.
 * A member may always leave and withdraw its own pledges. An admin acts for anyone.
 */
public final class Consent {

    private Consent() {
    }

    /** An organisation named by {@code by} enters active when it is by's own (or by is an admin), invited otherwise. */
    public static Member entering(Acting by, UUID actorId, MemberRole role, Instant now) {
        return by.speaksFor(actorId) ? new Member(actorId, role, now) : Member.invited(actorId, role, now);
    }

    /** Only the invited organisation (or an admin) accepts or declines; it must have an invitation pending. */
    public static void requireInvitee(Alliance alliance, Acting by, UUID actorId) {
        if (!by.speaksFor(actorId)) {
            throw new ForbiddenException("Only organisation " + actorId + " (or an admin) answers its invitation to "
                    + "alliance " + alliance.id() + "; this key's organisation is " + by.organisationId());
        }
        List<Member> current = alliance.currentMembers(actorId);
        if (current.isEmpty()) {
            throw new ResourceNotFoundException("Member", actorId);
        }
        if (current.stream().noneMatch(Member::isInvited)) {
            throw new ConflictException("Actor " + actorId + " has no pending invitation: it is already an active member");
        }
    }

    /**
     * A member leaves by itself, or is removed by the lead or an admin; the only active LEAD cannot leave before
     * another member holds the LEAD role, so that someone may still act for the alliance.
     */
    public static void requireLeave(Alliance alliance, Acting by, UUID actorId) {
        if (!by.speaksFor(actorId) && !by.leads(alliance)) {
            throw new ForbiddenException("Member " + actorId + " leaves by itself; only the lead of alliance "
                    + alliance.id() + " or an admin may remove it");
        }
        List<Member> current = alliance.currentMembers(actorId);
        if (current.isEmpty()) {
            throw new ResourceNotFoundException("Member", actorId);
        }
        boolean leadsNow = current.stream().anyMatch(m -> m.isActive() && m.role() == MemberRole.LEAD);
        boolean otherLead = alliance.activeMembers().stream()
                .anyMatch(m -> m.role() == MemberRole.LEAD && !m.actorId().equals(actorId));
        if (leadsNow && !otherLead) {
            throw new ConflictException("Member " + actorId + " is the only active LEAD of alliance " + alliance.id()
                    + ": hand the lead over first (add another member as LEAD and let it accept), then leave",
                    List.of(new FieldError("actorId", "LastLead", "the only active LEAD cannot leave")));
        }
    }

    /** A commitment attributed to {@code member} is pledged by that organisation, proposed by the lead, or an admin's. */
    public static void requirePledger(Alliance alliance, Acting by, UUID member) {
        if (!by.speaksFor(member) && !by.leads(alliance)) {
            throw new ForbiddenException("A commitment attributed to member " + member + " is pledged by that "
                    + "organisation itself, or proposed by the lead for it to confirm; this key's organisation ("
                    + by.organisationId() + ") is neither");
        }
    }

    /** The member's own pledge (or an admin's) is PLEDGED, the lead's pledge in another member's name PROPOSED. */
    public static CommitmentStatus pledging(Acting by, UUID member) {
        return by.speaksFor(member) ? CommitmentStatus.PLEDGED : CommitmentStatus.PROPOSED;
    }

    /** Only an active member is attributed pledges: an invited one accepts first. */
    public static void requireAttributable(Alliance alliance, UUID member) {
        if (alliance.activeMembers().stream().noneMatch(m -> m.actorId().equals(member))) {
            boolean invited = alliance.currentMembers(member).stream().anyMatch(Member::isInvited);
            String message = "actor " + member + (invited
                    ? " has not accepted its invitation yet: it cannot be attributed pledges"
                    : " is not an active member of this alliance");
            throw new UnprocessableException(message,
                    List.of(new FieldError("memberActorId", invited ? "InvitationPending" : "NotAMember", message)));
        }
    }

    /** A pledged commitment is revised by its member; a proposed one by the lead that proposed it (or an admin). */
    public static void requireAmend(Alliance alliance, Acting by, Commitment commitment) {
        if (commitment.status().isFinal()) {
            throw new ConflictException("Commitment " + commitment.id() + " is " + commitment.status()
                    + ": only a proposed or pledged commitment can be revised");
        }
        if (by.admin()) {
            return;
        }
        if (commitment.status() == CommitmentStatus.PROPOSED && !by.leads(alliance)) {
            throw new ForbiddenException("Commitment " + commitment.id() + " is the lead's proposal in the name of member "
                    + commitment.memberActorId() + ": the lead revises it, the member confirms or declines it");
        }
        if (commitment.status() == CommitmentStatus.PLEDGED && !by.is(commitment.memberActorId())) {
            throw new ForbiddenException("Commitment " + commitment.id() + " is pledged by member "
                    + commitment.memberActorId() + ": only that organisation (or an admin) revises it");
        }
    }

    /**
     * PLEDGED → DELIVERED (recorded by the member or the lead, who receives it) or WITHDRAWN (by the member);
     * PROPOSED → WITHDRAWN (by the member, or the lead taking back its proposal).
     */
    public static void requireSettle(Alliance alliance, Acting by, Commitment commitment, CommitmentStatus to) {
        CommitmentStatus from = commitment.status();
        boolean allowed = from == CommitmentStatus.PLEDGED
                ? to == CommitmentStatus.DELIVERED || to == CommitmentStatus.WITHDRAWN
                : from == CommitmentStatus.PROPOSED && to == CommitmentStatus.WITHDRAWN;
        if (!allowed) {
            throw new ConflictException("Commitment " + commitment.id() + " is " + from + " and cannot become " + to
                    + ": a pledged commitment is delivered or withdrawn once, a proposed one is confirmed, declined "
                    + "or withdrawn");
        }
        boolean lead = by.leads(alliance) && (to == CommitmentStatus.DELIVERED || from == CommitmentStatus.PROPOSED);
        if (!by.speaksFor(commitment.memberActorId()) && !lead) {
            throw new ForbiddenException("Commitment " + commitment.id() + " of member " + commitment.memberActorId()
                    + " becomes " + to + " only by that organisation" + (to == CommitmentStatus.DELIVERED
                    || from == CommitmentStatus.PROPOSED ? ", the lead" : "") + " or an admin");
        }
    }

    /** Only the member a commitment was proposed to (or an admin) confirms or declines it. */
    public static void requireAnswer(Alliance alliance, Acting by, Commitment commitment) {
        if (commitment.status() != CommitmentStatus.PROPOSED) {
            throw new ConflictException("Commitment " + commitment.id() + " is " + commitment.status()
                    + ": only a proposed commitment is confirmed or declined");
        }
        if (!by.speaksFor(commitment.memberActorId())) {
            throw new ForbiddenException("Commitment " + commitment.id() + " was proposed in the name of member "
                    + commitment.memberActorId() + " of alliance " + alliance.id()
                    + ": only that organisation (or an admin) confirms or declines it");
        }
    }
}
