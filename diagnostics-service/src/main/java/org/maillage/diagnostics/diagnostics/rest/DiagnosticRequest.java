package org.maillage.diagnostics.diagnostics.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.service.DiagnosticSpec;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "DiagnosticRequest", description = "A territory to diagnose for a period")
public record DiagnosticRequest(
        @Schema(example = "93") @NotBlank @Size(max = Bounds.TERRITORY_CODE) String territoryCode,
        @Schema(description = "Needed only for a code shared by a région and a département", example = "DEPARTEMENT")
        TerritoryLevel level,
        @Schema(example = "2024") @NotBlank @Size(max = Bounds.PERIOD) String period,
        @Schema(description = "Indicator codes; default every indicator with a value for the territory and period")
        @Size(max = Diagnostic.MAX_INDICATORS) List<@NotBlank @Size(max = Bounds.INDICATOR_CODE) String> indicators,
        @Valid ReferenceRequest reference,
        @Valid PeersRequest peers) {

    DiagnosticSpec spec() {
        return new DiagnosticSpec(territoryCode.strip(), level, period.strip(), indicators,
                reference == null ? null : reference.type(), reference == null ? null : reference.code(),
                reference == null ? null : reference.level(), peers == null ? null : peers.scope(),
                peers == null ? null : peers.level());
    }
}
