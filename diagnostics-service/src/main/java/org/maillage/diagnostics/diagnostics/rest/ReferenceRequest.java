package org.maillage.diagnostics.diagnostics.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.diagnostics.domain.ReferenceType;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "ReferenceRequest", description = "What to compare the territory with. NATION: France, aggregated from"
        + " every territory of the same level. PARENT: a territory containing it (`level` picks which, default the"
        + " nearest). TERRITORY: any territory (`code`, and `level` if the code is shared by a région and a département).")
public record ReferenceRequest(
        @Schema(example = "PARENT", defaultValue = "NATION") ReferenceType type,
        @Schema(example = "75") @Size(max = Bounds.TERRITORY_CODE) String code,
        @Schema(example = "REGION") TerritoryLevel level) {
}
