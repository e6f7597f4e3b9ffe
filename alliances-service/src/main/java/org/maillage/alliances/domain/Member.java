package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/**
 * An actor taking part in an alliance with a role, or invited to. A member who left, or an invitation declined,
 * keeps its row with leftAt.
 */
@Embeddable
public class Member {

    @Column(name = "actor_id", nullable = false)
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    /** Null for an organisation that joined by itself (or was added by an admin). */
    @Column(name = "invited_at")
    private Instant invitedAt;

    /** Null until an invitation is accepted. */
    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Member() {
    }

    /** An active member from joinedAt. */
    public Member(UUID actorId, MemberRole role, Instant joinedAt) {
        this.actorId = actorId;
        this.role = role;
        this.status = MemberStatus.ACTIVE;
        this.joinedAt = joinedAt;
    }

    /** An organisation invited by another; it takes part once it accepts. */
    public static Member invited(UUID actorId, MemberRole role, Instant invitedAt) {
        Member member = new Member();
        member.actorId = actorId;
        member.role = role;
        member.status = MemberStatus.INVITED;
        member.invitedAt = invitedAt;
        return member;
    }

    public UUID actorId() {
        return actorId;
    }

    public MemberRole role() {
        return role;
    }

    public MemberStatus status() {
        return status;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public boolean isInvited() {
        return status == MemberStatus.INVITED;
    }

    /** Active, or invited and not answered yet. */
    public boolean isCurrent() {
        return isActive() || isInvited();
    }

    /** Catalysts, evaluators and beneficiaries take part without being expected to contribute resources. */
    public boolean isExpectedToCommit() {
        return role == MemberRole.LEAD || role == MemberRole.PARTNER || role == MemberRole.FUNDER;
    }

    void accept(Instant at) {
        this.status = MemberStatus.ACTIVE;
        this.joinedAt = at;
    }

    /** An active member leaves; a pending invitation ends declined. */
    void end(Instant at) {
        this.status = isActive() ? MemberStatus.LEFT : MemberStatus.DECLINED;
        this.leftAt = at;
    }

    void repoint(UUID survivor) {
        this.actorId = survivor;
    }

    void joinedNoLaterThan(Instant at) {
        this.joinedAt = MemberMerge.earlier(joinedAt, at);
    }
}
