package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;

/** Data of org.maillage.alliance.mediator-assigned.v1; personId is null when the actor itself mediates. */
public record MediatorAssigned(UUID allianceId, UUID actorId, UUID personId, Instant assignedAt) {
}
