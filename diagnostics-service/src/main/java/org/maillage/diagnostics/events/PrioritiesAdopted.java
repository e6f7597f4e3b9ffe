package org.maillage.diagnostics.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.diagnostics.diagnostics.domain.Priority;

/** Data of org.maillage.diagnostic.priorities-adopted.v1. */
public record PrioritiesAdopted(UUID diagnosticId, UUID conversationId, TerritoryData territory, String period,
                                List<Priority> priorities, boolean synthetic, Instant adoptedAt) {
}
