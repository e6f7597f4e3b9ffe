package org.maillage.diagnostics.indicators.domain;

import java.time.Instant;

/** An observation as stored, for one territory. */
public record StoredObservation(String indicator, String period, double value, boolean derived, String source,
                                Instant updatedAt) {
}
