package org.maillage.alliances.projections;

import java.time.Instant;
import java.util.UUID;

/** What this service reads of org.maillage.actor.merged.v1. */
public record MergedActors(UUID survivorId, UUID absorbedId, Instant mergedAt) {
}
