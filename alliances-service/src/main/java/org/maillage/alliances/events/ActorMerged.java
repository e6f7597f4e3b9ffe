package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;

/** What this service reads of org.maillage.actor.merged.v1. */
public record ActorMerged(UUID survivorId, UUID absorbedId, Instant mergedAt) {
}
