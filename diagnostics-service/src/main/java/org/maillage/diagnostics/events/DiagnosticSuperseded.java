package org.maillage.diagnostics.events;

import java.time.Instant;
import java.util.UUID;

/** Data of org.maillage.diagnostic.superseded.v1. */
public record DiagnosticSuperseded(UUID diagnosticId, UUID supersededBy, TerritoryData territory, Instant supersededAt) {
}
