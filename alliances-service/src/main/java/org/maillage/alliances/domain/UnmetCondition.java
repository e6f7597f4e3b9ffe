package org.maillage.alliances.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A guard condition a transition needs and the alliance does not meet yet. */
@Schema(name = "UnmetCondition", description = "A condition blocking a transition")
public record UnmetCondition(
        @Schema(example = "SingleWorld", maxLength = 100) String code,
        @Schema(example = "active members must come from at least two different worlds; all are NONPROFIT",
                maxLength = 1000) String message) {
}
