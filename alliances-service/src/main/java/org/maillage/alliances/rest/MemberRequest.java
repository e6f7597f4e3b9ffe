package org.maillage.alliances.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.MemberRole;

@Schema(name = "MemberRequest", description = "An actor joining the alliance with a role")
public record MemberRequest(
        @Schema(description = "Id of a registered actor") @NotNull UUID actorId,
        @Schema(example = "LEAD") @NotNull MemberRole role) {
}
