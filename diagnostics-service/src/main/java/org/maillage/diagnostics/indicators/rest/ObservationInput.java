package org.maillage.diagnostics.indicators.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.indicators.domain.ObservationBounds;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "ObservationInput", description = "One observation of a JSON import")
public record ObservationInput(
        @Schema(example = "unemployment_rate") @Size(max = Bounds.INDICATOR_CODE) String indicator,
        @Schema(description = "INSEE code (SIREN for an EPCI)", example = "93066") @Size(max = Bounds.TERRITORY_CODE) String territoryCode,
        @Schema(description = "Needed only for a code shared by a région and a département", example = "COMMUNE")
        TerritoryLevel level,
        @Schema(description = "Defaults to the import's period", example = "2021") @Size(max = Bounds.PERIOD) String period,
        @Schema(description = "At most 10^15 in magnitude, so that sums and weighted means over every commune never"
                + " overflow", example = "18.4", minimum = ObservationBounds.MIN_IMPORTED_TEXT,
                maximum = ObservationBounds.MAX_IMPORTED_TEXT)
        @NotNull @DecimalMin(ObservationBounds.MIN_IMPORTED_TEXT) @DecimalMax(ObservationBounds.MAX_IMPORTED_TEXT) Double value,
        @Schema(description = "Defaults to the import's source") @Size(max = ObservationImportRequest.MAX_SOURCE) String source) {
}
