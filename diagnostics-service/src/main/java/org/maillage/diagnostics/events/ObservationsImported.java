package org.maillage.diagnostics.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of org.maillage.observations.imported.v1: one event per import, never one per row. */
public record ObservationsImported(UUID importId, String source, List<String> indicators, List<String> periods,
                                   int created, int updated, int derived, boolean synthetic, Instant importedAt) {
}
