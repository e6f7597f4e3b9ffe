package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** An actor taking part in an alliance with a role; a member who left keeps its row with leftAt. */
@Embeddable
public class Member {

    @Column(name = "actor_id", nullable = false)
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Member() {
    }

    public Member(UUID actorId, MemberRole role, Instant joinedAt) {
        this.actorId = actorId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public MemberRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    /** Catalysts, evaluators and beneficiaries take part without being expected to contribute resources. */
    public boolean isExpectedToCommit() {
        return role == MemberRole.LEAD || role == MemberRole.PARTNER || role == MemberRole.FUNDER;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    void repoint(UUID survivor) {
        this.actorId = survivor;
    }

    void joinedNoLaterThan(Instant at) {
        this.joinedAt = MemberMerge.earlier(joinedAt, at);
    }
}
