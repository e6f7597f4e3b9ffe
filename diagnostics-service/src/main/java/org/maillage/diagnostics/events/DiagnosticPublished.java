package org.maillage.diagnostics.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.Priority;

/** Data of org.maillage.diagnostic.published.v1. */
public record DiagnosticPublished(UUID diagnosticId, TerritoryData territory, String period, boolean synthetic,
                                  List<Fragility> fragilities, List<Priority> priorities, List<UUID> supersedes,
                                  Instant publishedAt) {
}
