package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** An actor taking part in an alliance with a role. */
@Embeddable
public class Member {

    @Column(name = "actor_id", nullable = false)
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

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
}
