package org.maillage.diagnostics.conversations.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.vocabulary.Theme;

@Schema(name = "AddedFragilityRequest", description = "A fragility the data missed, added by a participant")
public record AddedFragilityRequest(
        @Schema(example = "Isolation of elderly people in hamlets") @NotBlank @Size(max = Fragility.MAX_TITLE) String title,
        @Size(max = Fragility.MAX_DESCRIPTION) String description,
        @Schema(example = "AGEING") @NotNull Theme theme,
        @Schema(description = "The participant proposing it") @NotNull UUID proposedBy) {
}
