package org.maillage.diagnostics.indicators.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.rest.Bounds;

@Schema(name = "ObservationImport", description = "Observations to upsert on (indicator, territory, period)")
public record ObservationImportRequest(
        @Schema(description = "Default period of the observations: 2024, 2024-Q1 or 2024-03", example = "2021")
        @Size(max = Bounds.PERIOD) String period,
        @Schema(description = "Default source of the observations", example = "INSEE, recensement de la population 2021")
        @Size(max = MAX_SOURCE) String source,
        @NotNull @NotEmpty @Size(max = MAX_OBSERVATIONS) List<@NotNull @Valid ObservationInput> observations) {

    /** Longest source accepted; sources are stored as text. */
    static final int MAX_SOURCE = 500;
    /** Most observations of one JSON import; larger datasets go through the CSV import or several imports. */
    public static final int MAX_OBSERVATIONS = 100_000;

}
