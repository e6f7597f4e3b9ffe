package org.maillage.diagnostics.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "TerritoryRef", description = "Identifies a territory: a code is unique only within its level")
public record TerritoryKeyView(
        @Schema(description = "INSEE code, or SIREN for an EPCI", example = "93", maxLength = 9) String code,
        @Schema(example = "DEPARTEMENT") TerritoryLevel level) {

    public static TerritoryKeyView of(TerritoryKey key) {
        return new TerritoryKeyView(key.code(), key.level());
    }
}
