package org.maillage.alliances.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.Outcome;

@Schema(name = "TransitionRequest", description = "The state to move to, why, and the outcome when closing")
public record TransitionRequest(
        @Schema(example = "AGREED") @NotNull AllianceState to,
        @Schema(example = "Partnership agreement signed on 2026-11-20") @Size(max = 2000) String reason,
        @Schema(example = "ACHIEVED", maxLength = 20,
                description = "Only with to CLOSING or CLOSED; needed to close")
        Outcome outcome) {
}
