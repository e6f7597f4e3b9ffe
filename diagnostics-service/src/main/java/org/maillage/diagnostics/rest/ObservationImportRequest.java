package org.maillage.diagnostics.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObservationImport", description = "Observations to upsert on (indicator, territory, period)")
public record ObservationImportRequest(
        @Schema(description = "Default period of the observations: 2024, 2024-Q1 or 2024-03", example = "2021") String period,
        @Schema(description = "Default source of the observations", example = "INSEE, recensement de la population 2021")
        @Size(max = 500) String source,
        @NotNull @NotEmpty List<@NotNull @Valid ObservationInput> observations) {
}
