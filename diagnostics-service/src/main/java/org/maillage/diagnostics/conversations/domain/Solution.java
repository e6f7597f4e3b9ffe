package org.maillage.diagnostics.conversations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** A way of acting on a fragility proposed during a conversation, and who recorded it in the proposer's name. */
public record Solution(UUID id, UUID fragilityId, @Schema(maxLength = MAX_TITLE) String title,
                       @Schema(maxLength = MAX_DESCRIPTION) String description, UUID proposedBy,
                       @Schema(description = "Who recorded the solution: the proposing participant's own organisation,"
                               + " or the facilitator's on its behalf; absent for solutions recorded before it was kept")
                       RecordedBy recordedBy) {

    /** Enforced by SolutionRequest. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
}
