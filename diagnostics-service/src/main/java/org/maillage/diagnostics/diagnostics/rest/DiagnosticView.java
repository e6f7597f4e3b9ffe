package org.maillage.diagnostics.diagnostics.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.diagnostics.domain.Comparison;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.DiagnosticState;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.IndicatorResult;
import org.maillage.diagnostics.diagnostics.domain.Priority;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.rest.TerritoryKeyView;

@Schema(name = "Diagnostic", description = "Indicators of a territory compared with a reference and with its peers;"
        + " its fragilities; once a conversation adopted them, its priorities")
public record DiagnosticView(
        UUID id,
        TerritoryKeyView territory,
        @Schema(example = "Seine-Saint-Denis", maxLength = Bounds.TERRITORY_NAME) String territoryName,
        @Schema(example = "2024", maxLength = Bounds.PERIOD) String period,
        Comparison comparison,
        @Schema(example = "DRAFT") DiagnosticState state,
        @Schema(description = "True when an indicator comes from the synthetic demo dataset") boolean synthetic,
        @Schema(description = "Present when synthetic: these figures are generated, not real statistics",
                enumeration = SYNTHETIC_WARNING) String warning,
        @Schema(description = "At most " + Diagnostic.MAX_INDICATORS + " indicators per diagnostic",
                maxItems = Diagnostic.MAX_INDICATORS) List<IndicatorResult> indicators,
        @Schema(description = "Indicators at FRAGILE or worse, and fragilities added in a conversation (at most "
                + Diagnostic.MAX_FRAGILITIES + " in all)", maxItems = Diagnostic.MAX_FRAGILITIES) List<Fragility> fragilities,
        @Schema(description = "Adopted priorities, best ranked first (Borda count); empty until published",
                maxItems = Diagnostic.MAX_FRAGILITIES) List<Priority> priorities,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        @Schema(description = "The diagnostic that superseded this one") UUID supersededBy,
        @Schema(example = "0", minimum = "0", maximum = "9223372036854775807") long version) {

    static final String SYNTHETIC_WARNING = "SYNTHETIC demo data: these figures are generated and are NOT real statistics"
            + " about this territory.";

    static DiagnosticView of(Diagnostic d) {
        return new DiagnosticView(d.id(), new TerritoryKeyView(d.territoryCode(), d.territoryLevel()), d.territoryName(),
                d.period(), d.comparison(), d.state(), d.synthetic(), d.synthetic() ? SYNTHETIC_WARNING : null,
                d.results(), d.fragilities(), d.priorities(), d.createdAt(), d.updatedAt(), d.publishedAt(),
                d.supersededBy(), d.version());
    }
}
