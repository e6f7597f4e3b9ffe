package org.maillage.alliances.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProposeAllianceRequest", description = "An alliance to propose, with its first members")
public record ProposeAllianceRequest(
        @Schema(example = "Alliance pour l'inclusion numérique du Bugey") @NotBlank @Size(max = 300) String name,
        @Schema(example = "Give every senior of the territory access to digital public services") @Size(max = 4000) String purpose,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid MemberRequest> members) {
}
