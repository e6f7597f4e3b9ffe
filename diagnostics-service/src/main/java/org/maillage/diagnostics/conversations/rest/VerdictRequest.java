package org.maillage.diagnostics.conversations.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.conversations.domain.Verdict;
import org.maillage.diagnostics.conversations.domain.VerdictEntry;

@Schema(name = "VerdictRequest", description = "The conversation's verdict on a fragility found in the data")
public record VerdictRequest(
        @Schema(example = "CONTESTED") @NotNull Verdict verdict,
        @Schema(description = "Required for CONTESTED", example = "The 2024 closure of the plant is already absorbed")
        @Size(max = VerdictEntry.MAX_REASON) String reason) {
}
