package org.maillage.diagnostics.conversations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** The verdict of a conversation on one fragility; a CONTESTED one carries the participants' reason. */
public record VerdictEntry(UUID fragilityId, Verdict verdict, @Schema(maxLength = MAX_REASON) String reason,
                           Instant recordedAt) {

    /** Enforced by VerdictRequest. */
    public static final int MAX_REASON = 2000;
}
