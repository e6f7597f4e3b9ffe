package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;

/** What this service reads of org.maillage.actor.archived.v1. */
public record ActorArchived(UUID actorId, UUID mergedInto, Instant archivedAt) {
}
