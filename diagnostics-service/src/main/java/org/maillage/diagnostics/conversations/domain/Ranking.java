package org.maillage.diagnostics.conversations.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;

/**
 * One participant's ballot: fragilities from most to least urgent (a partial ballot is allowed), and who recorded
 * it (the participant, or the facilitator on its behalf).
 */
public record Ranking(UUID actorId, @Schema(maxItems = MAX_FRAGILITIES, type = SchemaType.ARRAY, implementation = UUID.class) List<UUID> fragilityIds,
                      Instant recordedAt,
                      @Schema(description = "Who recorded the ballot: the participant's own organisation, or the"
                              + " facilitator's on its behalf; absent for ballots recorded before it was kept")
                      RecordedBy recordedBy) {

    /** Enforced by RankingRequest: as many as a diagnostic has fragilities. */
    public static final int MAX_FRAGILITIES = Diagnostic.MAX_FRAGILITIES;
}
