package org.maillage.diagnostics.diagnostics.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.Severity;
import org.maillage.diagnostics.diagnostics.service.DiagnosticService;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.rest.TerritoryKeyView;

@Schema(name = "DiagnosticBatch", description = "The diagnostics a batch created, one line each")
public record DiagnosticBatchView(@Schema(example = "101", minimum = "0", maximum = "" + DiagnosticService.MAX_BATCH) int count,
        @Schema(maxItems = DiagnosticService.MAX_BATCH) List<Line> items) {

    @Schema(name = "DiagnosticBatchLine")
    public record Line(UUID id, TerritoryKeyView territory,
                       @Schema(maxLength = Bounds.TERRITORY_NAME) String territoryName,
                       @Schema(minimum = "0", maximum = Bounds.INT_MAX) int fragilities,
                       @Schema(description = "Worst severity among the indicators") Severity worst) {
    }

    static DiagnosticBatchView of(List<Diagnostic> diagnostics) {
        return new DiagnosticBatchView(diagnostics.size(), diagnostics.stream().map(d -> new Line(d.id(),
                new TerritoryKeyView(d.territoryCode(), d.territoryLevel()), d.territoryName(), d.fragilities().size(),
                d.results().stream().map(r -> r.severity()).max(Enum::compareTo).orElse(Severity.NONE))).toList());
    }

}
