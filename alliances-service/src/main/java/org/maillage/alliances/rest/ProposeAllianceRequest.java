package org.maillage.alliances.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.AllianceType;

@Schema(name = "ProposeAllianceRequest", description = "An alliance to propose, with its first members")
public record ProposeAllianceRequest(
        @Schema(example = "Alliance pour l'inclusion numérique du Bugey") @NotBlank @Size(max = 300) String name,
        @Schema(example = "Give every senior of the territory access to digital public services") @Size(max = 4000) String purpose,
        @Schema(example = "SOCIETAL_INNOVATION", description = "May be settled later; needed to reach AGREED") AllianceType type,
        @Schema(description = "INSEE codes of communes, EPCI, départements or régions", example = "[\"01004\"]")
        @Size(max = 500) List<@NotNull @Size(max = 9) @Pattern(regexp = "[0-9][0-9AB][0-9]{0,7}") String> territories,
        @Schema(example = "[\"DIGITAL_INCLUSION\"]") @Size(max = 50) List<@NotNull @Size(max = 50) @Pattern(regexp = "[A-Z][A-Z_]{1,49}") String> themes,
        @Size(max = 100) List<@NotNull @Valid ObjectiveDto> objectives,
        @Size(max = 200) List<@NotNull @Valid FragilityRef> addressedFragilities,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid MemberRequest> members) {

    AllianceDetailsRequest details() {
        return new AllianceDetailsRequest(name, purpose, type, territories, themes, objectives, addressedFragilities);
    }
}
