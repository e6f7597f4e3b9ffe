package org.maillage.diagnostics.territories.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "TerritoryParent", description = "A territory containing another one")
public record TerritoryParentView(
        @Schema(description = "INSEE code, or SIREN for an EPCI", example = "75", maxLength = 9) String code,
        @Schema(example = "Paris", maxLength = Bounds.TERRITORY_NAME) String name,
        @Schema(example = "DEPARTEMENT") TerritoryLevel level) {

    static TerritoryParentView of(Territory territory) {
        return new TerritoryParentView(territory.code(), territory.name(), territory.level());
    }
}
