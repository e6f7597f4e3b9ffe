package org.maillage.diagnostics.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One participant's ballot: fragilities from most to least urgent (a partial ballot is allowed). */
public record Ranking(UUID actorId, List<UUID> fragilityIds, Instant recordedAt) {
}
