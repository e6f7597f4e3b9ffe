package org.maillage.alliances.projections;

import java.time.Instant;
import java.util.UUID;

/** What this service reads of org.maillage.actor.archived.v1. */
public record ArchivedActor(UUID actorId, UUID mergedInto, Instant archivedAt) {
}
