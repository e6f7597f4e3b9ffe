package org.maillage.alliances.domain;

import java.util.UUID;

/** Who asks for a change: an admin, or the organisation a partner key is bound to (null when it has none). */
public record Acting(UUID organisationId, boolean admin) {

    public boolean is(UUID actorId) {
        return organisationId != null && organisationId.equals(actorId);
    }

    /** Acts for that organisation: it is the caller's own, or the caller is an admin. */
    public boolean speaksFor(UUID actorId) {
        return admin || is(actorId);
    }

    /** The organisation is an active LEAD of the alliance. */
    public boolean leads(Alliance alliance) {
        return organisationId != null && alliance.activeMembers().stream()
                .anyMatch(m -> m.role() == MemberRole.LEAD && m.actorId().equals(organisationId));
    }
}
