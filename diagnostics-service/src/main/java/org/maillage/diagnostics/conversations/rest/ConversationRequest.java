package org.maillage.diagnostics.conversations.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.conversations.domain.Facilitator;

@Schema(name = "ConversationRequest", description = "Opens a community conversation on a DRAFT diagnostic")
public record ConversationRequest(
        @NotNull UUID diagnosticId,
        @Schema(example = "2026-03-14") @NotNull LocalDate heldOn,
        @NotNull @Valid FacilitatorRequest facilitator,
        @Schema(description = "Ids of the participating actors (registered in the actor registry)",
                type = SchemaType.ARRAY, implementation = UUID.class)
        @NotNull @NotEmpty @Size(max = MAX_PARTICIPANTS) List<@NotNull UUID> participants) {

    static final int MAX_PARTICIPANTS = 500;


    @Schema(name = "Facilitator", description = "The territorial catalyst leading the conversation")
    public record FacilitatorRequest(
            @Schema(example = "Camille Martin") @NotBlank @Size(max = Facilitator.MAX_NAME) String name,
            @Schema(description = "Organisation of the facilitator, if registered") UUID actorId) {
    }
}
