package org.maillage.actors.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryName;

@Schema(name = "TerritoryInput", description = "A territory by its INSEE/COG code (EPCI: SIREN). Without a level, "
        + "the smallest territory with that code is meant (93 is the département, not the région)")
public record TerritoryInput(
        @Schema(example = "DEPARTEMENT") TerritoryLevel level,
        @Schema(example = "01") @NotBlank @Size(max = 12) String code) {

    TerritoryName toName() {
        return TerritoryName.of(level, code);
    }

    static TerritoryInput of(TerritoryName name) {
        return new TerritoryInput(name.level(), name.code());
    }
}
