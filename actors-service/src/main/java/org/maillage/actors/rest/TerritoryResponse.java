package org.maillage.actors.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "Territory", description = "A territory of the reference (INSEE/COG code; SIREN for an EPCI)")
public record TerritoryResponse(
        @Schema(example = "DEPARTEMENT") TerritoryLevel level,
        @Schema(example = "01", maxLength = 12) String code,
        @Schema(example = "Ain", maxLength = 200) String name) {
}
