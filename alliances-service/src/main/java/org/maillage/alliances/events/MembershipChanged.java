package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;
import org.maillage.alliances.domain.Member;
import org.maillage.alliances.domain.MemberRole;
import org.maillage.alliances.domain.MemberStatus;

/**
 * Data of org.maillage.alliance.member-invited.v1 (status INVITED), member-joined.v1 (ACTIVE: added, or an
 * invitation accepted), member-declined.v1 (DECLINED) and member-left.v1 (LEFT, leftAt set).
 */
public record MembershipChanged(UUID allianceId, UUID actorId, MemberRole role, MemberStatus status,
                                Instant invitedAt, Instant joinedAt, Instant leftAt) {

    public static MembershipChanged of(UUID allianceId, Member m) {
        return new MembershipChanged(allianceId, m.actorId(), m.role(), m.status(), m.invitedAt(), m.joinedAt(),
                m.leftAt());
    }

    /** The event type that announces the member's current status. */
    public static String type(Member m) {
        return switch (m.status()) {
            case INVITED -> AllianceEvents.MEMBER_INVITED;
            case ACTIVE -> AllianceEvents.MEMBER_JOINED;
            case DECLINED -> AllianceEvents.MEMBER_DECLINED;
            case LEFT -> AllianceEvents.MEMBER_LEFT;
        };
    }
}
