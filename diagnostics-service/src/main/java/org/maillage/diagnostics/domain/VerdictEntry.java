package org.maillage.diagnostics.domain;

import java.time.Instant;
import java.util.UUID;

/** The verdict of a conversation on one fragility; a CONTESTED one carries the participants' reason. */
public record VerdictEntry(UUID fragilityId, Verdict verdict, String reason, Instant recordedAt) {
}
