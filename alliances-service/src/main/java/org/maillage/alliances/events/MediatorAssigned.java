package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;

/** Data of org.maillage.alliance.mediator-assigned.v1. */
public record MediatorAssigned(UUID allianceId, UUID actorId, Instant assignedAt) {
}
