package org.maillage.diagnostics.coverage.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.openapi.Count;
import org.maillage.diagnostics.coverage.service.Coverage;
import org.maillage.diagnostics.coverage.service.CoverageService;
import org.maillage.diagnostics.coverage.service.CoveringAlliance;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.DiagnosticState;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.FragilityOrigin;
import org.maillage.diagnostics.diagnostics.domain.Severity;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.rest.TerritoryKeyView;
import org.maillage.vocabulary.Theme;

@Schema(name = "Coverage", description = "Which alliances cover the priorities and fragilities of a territory's"
        + " diagnostic. Items: uncovered priorities first (by rank), then covered priorities, then the other fragilities.")
public record CoverageView(
        TerritoryKeyView territory,
        @Schema(example = "Seine-Saint-Denis", maxLength = Bounds.TERRITORY_NAME) String territoryName,
        UUID diagnosticId,
        DiagnosticState diagnosticState,
        @Schema(example = "2024", maxLength = Bounds.PERIOD) String period,
        boolean synthetic,
        @Schema(description = "Priorities no living alliance (neither CLOSED, ABANDONED nor archived) covers", example = "1",
                minimum = "0", maximum = Bounds.INT_MAX)
        int uncoveredPriorities,
        @Schema(description = "One per fragility of the diagnostic", maxItems = Diagnostic.MAX_FRAGILITIES) List<Item> items) {

    @Schema(name = "CoverageItem")
    public record Item(UUID fragilityId, @Schema(maxLength = Fragility.MAX_TITLE) String title, Theme theme, Severity severity, FragilityOrigin origin,
                       @Schema(description = "Rank among the adopted priorities; absent for other fragilities",
                               minimum = "1", maximum = Bounds.INT_MAX) Integer priorityRank,
                       boolean covered,
                       @Schema(description = "Covering alliances by state, all of them counted", additionalProperties = Count.class,
                               example = "{\"ACTIVE\": 1, \"SCOPING\": 2}")
                       Map<String, Integer> alliancesByState,
                       @Schema(description = "match EXPLICIT: the alliance names the fragility; THEME_AND_TERRITORY: it acts"
                               + " there on the same theme (a presumption). relation LOCAL or WIDER (acts on a containing"
                               + " territory). The first " + CoverageService.MAX_ALLIANCES_SHOWN + " by id: when the counts of"
                               + " alliancesByState add up to more, the list is cut", maxItems = CoverageService.MAX_ALLIANCES_SHOWN)
                       List<CoveringAlliance> alliances) {
    }

    static CoverageView of(Coverage coverage) {
        var d = coverage.diagnostic();
        return new CoverageView(new TerritoryKeyView(d.territoryCode(), d.territoryLevel()), d.territoryName(), d.id(),
                d.state(), d.period(), d.synthetic(), coverage.uncoveredPriorities(),
                coverage.items().stream().map(i -> new Item(i.fragility().id(), i.fragility().title(), i.fragility().theme(),
                        i.fragility().severity(), i.fragility().origin(), i.priorityRank(), i.covered(),
                        i.alliancesByState(), i.alliances())).toList());
    }
}
