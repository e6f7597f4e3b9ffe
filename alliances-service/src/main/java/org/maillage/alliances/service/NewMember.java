package org.maillage.alliances.service;

import java.util.UUID;
import org.maillage.alliances.domain.MemberRole;

/** A member as requested by a client, before it is checked against the actor projection. */
public record NewMember(UUID actorId, MemberRole role) {
}
