package org.maillage.alliances.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Re-points the members of an absorbed actor to the actor that survived a merge. When the survivor already
 * holds the same role as an active member, the absorbed row is dropped rather than duplicated, and the
 * survivor keeps the earlier joining date: one actor, one active row per role.
 */
final class MemberMerge {

    private MemberMerge() {
    }

    /** The members after the merge, or null when none referred to the absorbed actor. */
    static List<Member> apply(List<Member> members, UUID absorbed, UUID survivor) {
        if (members.stream().noneMatch(m -> m.actorId().equals(absorbed))) {
            return null;
        }
        List<Member> result = new ArrayList<>(members.size());
        for (Member m : members) {
            if (!m.actorId().equals(absorbed)) {
                result.add(m);
                continue;
            }
            Member kept = m.isActive() ? activeWithRole(members, survivor, m.role()) : null;
            if (kept == null) {
                m.repoint(survivor);
                result.add(m);
            } else {
                kept.joinedNoLaterThan(m.joinedAt());
            }
        }
        return result;
    }

    private static Member activeWithRole(List<Member> members, UUID actorId, MemberRole role) {
        return members.stream().filter(m -> m.isActive() && m.actorId().equals(actorId) && m.role() == role)
                .findFirst().orElse(null);
    }

    static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
