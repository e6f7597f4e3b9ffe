package org.maillage.diagnostics.coverage.domain;

import java.util.UUID;

/** An alliance's explicit reference to a fragility of a diagnostic. */
public record FragilityRef(UUID diagnosticId, UUID fragilityId) {
}
