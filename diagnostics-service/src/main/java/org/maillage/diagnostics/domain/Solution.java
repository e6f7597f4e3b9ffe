package org.maillage.diagnostics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** A way of acting on a fragility proposed during a conversation. */
public record Solution(UUID id, UUID fragilityId, @Schema(maxLength = MAX_TITLE) String title,
                       @Schema(maxLength = MAX_DESCRIPTION) String description, UUID proposedBy) {

    /** Enforced by SolutionRequest. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
}
