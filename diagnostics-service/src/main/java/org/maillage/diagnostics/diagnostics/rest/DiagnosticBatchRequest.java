package org.maillage.diagnostics.diagnostics.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.service.DiagnosticSpec;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "DiagnosticBatchRequest", description = "Diagnose every territory of a level (within a parent if given)"
        + " with the same period, indicators, reference and peers")
public record DiagnosticBatchRequest(
        @Schema(example = "DEPARTEMENT") @NotNull TerritoryLevel level,
        @Schema(description = "Code of a territory containing them", example = "84") @Size(max = Bounds.TERRITORY_CODE) String parent,
        @Schema(description = "Level of `parent` when its code is shared", example = "REGION") TerritoryLevel parentLevel,
        @Schema(example = "2024") @NotBlank @Size(max = Bounds.PERIOD) String period,
        @Size(max = Diagnostic.MAX_INDICATORS) List<@NotBlank @Size(max = Bounds.INDICATOR_CODE) String> indicators,
        @Valid ReferenceRequest reference,
        @Valid PeersRequest peers) {

    DiagnosticSpec spec() {
        return new DiagnosticSpec(null, level, period.strip(), indicators,
                reference == null ? null : reference.type(), reference == null ? null : reference.code(),
                reference == null ? null : reference.level(), peers == null ? null : peers.scope(),
                peers == null ? null : peers.level());
    }
}
