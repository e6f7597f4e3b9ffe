package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;
import org.maillage.alliances.domain.MemberRole;

/** Data of org.maillage.alliance.member-joined.v1 and member-left.v1 (leftAt set). */
public record MembershipChanged(UUID allianceId, UUID actorId, MemberRole role, Instant joinedAt, Instant leftAt) {
}
