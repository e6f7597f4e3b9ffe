package org.maillage.alliances.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransitionOption", description = "A state the alliance may move to next, and what blocks it")
public record TransitionOption(
        @Schema(example = "AGREED") AllianceState to,
        @Schema(description = "True when every guard condition is met") boolean allowed,
        @Schema(maxItems = TransitionOption.MAX_UNMET) List<UnmetCondition> unmetConditions) {

    /** Per member at most one missing commitment, one pending invitation, one archived; per commitment one. */
    public static final int MAX_UNMET = 3 * Alliance.MAX_MEMBERS + Alliance.MAX_COMMITMENTS + 10;
}
