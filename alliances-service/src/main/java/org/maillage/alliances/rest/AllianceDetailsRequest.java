package org.maillage.alliances.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.AllianceDetails;
import org.maillage.alliances.domain.AllianceType;

/** The writable description of an alliance: the target of a merge patch. */
@Schema(name = "AllianceDetails", description = "The description of an alliance; PATCH it with a JSON merge patch")
public record AllianceDetailsRequest(
        @Schema(example = "Alliance pour l'inclusion numérique du Bugey") @NotBlank @Size(max = 300) String name,
        @Schema(example = "Give every senior of the territory access to digital public services")
        @Size(max = 4000) String purpose,
        @Schema(example = "SOCIETAL_INNOVATION", maxLength = 30) AllianceType type,
        @Schema(description = "INSEE codes of communes, EPCI, départements or régions", example = "[\"01004\"]")
        @Size(max = 500) List<@NotNull @Size(max = 9) @Pattern(regexp = "[0-9][0-9AB][0-9]{0,7}") String> territories,
        @Schema(example = "[\"DIGITAL_INCLUSION\", \"AGEING\"]")
        @Size(max = 50) List<@NotNull @Size(max = 50) @Pattern(regexp = THEME) String> themes,
        @Size(max = 100) List<@NotNull @Valid ObjectiveDto> objectives,
        @Size(max = 200) List<@NotNull @Valid FragilityRef> addressedFragilities) {

    /** A theme code, as in the shared vocabulary: upper case, e.g. DIGITAL_INCLUSION. */
    static final String THEME = "[A-Z][A-Z_]{1,49}";

    AllianceDetails toDomain() {
        return new AllianceDetails(name, purpose, type, new LinkedHashSet<>(orEmpty(territories)),
                new LinkedHashSet<>(orEmpty(themes)), orEmpty(objectives).stream().map(ObjectiveDto::toDomain).toList(),
                new LinkedHashSet<>(orEmpty(addressedFragilities).stream().map(FragilityRef::toDomain).toList()));
    }

    static AllianceDetailsRequest of(AllianceDetails d) {
        return new AllianceDetailsRequest(d.name(), d.purpose(), d.type(), d.territories().stream().sorted().toList(),
                d.themes().stream().sorted().toList(), d.objectives().stream().map(ObjectiveDto::of).toList(),
                d.fragilities().stream().map(FragilityRef::of).toList());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
