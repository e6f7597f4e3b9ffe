package org.maillage.alliances.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Data of org.maillage.alliance.updated.v1: which descriptive fields changed. */
public record AllianceUpdated(UUID allianceId, Set<String> changedFields, long version, Instant updatedAt) {
}
