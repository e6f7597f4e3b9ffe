package org.maillage.diagnostics.coverage.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.coverage.domain.AllianceObjective;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.domain.Standing;
import org.maillage.diagnostics.coverage.service.Suggestion;
import org.maillage.diagnostics.coverage.service.SuggestionItem;
import org.maillage.diagnostics.coverage.service.SuggestionService;
import org.maillage.diagnostics.coverage.service.Suggestions;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.DiagnosticState;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.FragilityOrigin;
import org.maillage.diagnostics.diagnostics.domain.Severity;
import org.maillage.diagnostics.indicators.domain.IndicatorDefinition;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.rest.TerritoryKeyView;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.vocabulary.Theme;

@Schema(name = "Suggestions", description = "For each uncovered priority of a territory's diagnostic (by rank), proven"
        + " alliances acting elsewhere that reached an objective on its indicator or act on its theme, best first:"
        + " by standing (SCALED, ACHIEVED, ACTING, HANDED_OVER, ENDED), then by the closest indicator profile"
        + " (profileDistance, none last), then by more indicators compared, then by allianceId.")
public record SuggestionsView(
        TerritoryKeyView territory,
        @Schema(example = "Seine-Saint-Denis", maxLength = Bounds.TERRITORY_NAME) String territoryName,
        UUID diagnosticId,
        DiagnosticState diagnosticState,
        @Schema(example = "2024", maxLength = Bounds.PERIOD) String period,
        boolean synthetic,
        @Schema(description = "One per uncovered priority, by rank; covered priorities have none",
                maxItems = Diagnostic.MAX_FRAGILITIES) List<Item> items) {

    @Schema(name = "SuggestionItem")
    public record Item(UUID fragilityId, @Schema(maxLength = Fragility.MAX_TITLE) String title,
                       @Schema(description = "Absent for a fragility added in the conversation",
                               maxLength = IndicatorDefinition.MAX_CODE) String indicator,
                       Theme theme, Severity severity, FragilityOrigin origin,
                       @Schema(minimum = "1", maximum = Bounds.INT_MAX) int priorityRank,
                       @Schema(description = "Alliances that qualified, of which the first `limit` are suggested",
                               minimum = "0", maximum = Bounds.INT_MAX) int candidates,
                       @Schema(maxItems = SuggestionService.MAX_LIMIT) List<SuggestedAlliance> suggestions) {
    }

    @Schema(name = "SuggestedAlliance")
    public record SuggestedAlliance(
            UUID allianceId,
            @Schema(maxLength = KnownAlliance.MAX_NAME) String name,
            @Schema(description = "Where it acts: none of them is the territory, inside it or containing it",
                    maxItems = KnownAlliance.MAX_TERRITORIES) List<TerritoryKeyView> territories,
            @Schema(maxLength = KnownAlliance.MAX_STATE) String state,
            @Schema(description = "How it closed; absent while it has not", maxLength = KnownAlliance.MAX_STATE)
            String outcome,
            @Schema(description = "The alliance it replicates, if it is a replication") UUID replicatedFrom,
            Standing standing,
            @Schema(description = "INDICATOR: it reached an objective on the priority's indicator; THEME: it acts on"
                    + " the priority's theme", enumeration = {"INDICATOR", "THEME"}) String match,
            @Schema(description = "Its reached objectives on the priority's indicator, or else all its reached objectives",
                    maxItems = KnownAlliance.MAX_OBJECTIVES) List<AllianceObjective> objectives,
            @Schema(description = "Its territory whose indicator profile is closest to the priority's territory's;"
                    + " absent when none has a value of an indicator both have") TerritoryKeyView comparedTerritory,
            @Schema(maxLength = Bounds.TERRITORY_NAME) String comparedTerritoryName,
            @Schema(description = "Mean absolute difference of the two territories' percentile ranks over the"
                    + " indicators both have a value of in the diagnostic's period, in percentile points (0 alike,"
                    + " 100 opposite), rounded to 2 decimals; absent when they have none in common",
                    minimum = "0", maximum = "100", example = "8.33") Double profileDistance,
            @Schema(minimum = "0", maximum = Bounds.INT_MAX) int indicatorsCompared,
            @Schema(description = "Why, in plain words", maxLength = 4000, example = "reached its objective on"
                    + " demo_unemployment_rate (target 9.0, measured 8.7 on 2026-03-31); closed ACHIEVED; indicator"
                    + " profile of Aude (DEPARTEMENT 11) 8.33 percentile points apart over 4 indicators") String reason) {

        static SuggestedAlliance of(Suggestion s) {
            Territory compared = s.comparedTerritory();
            return new SuggestedAlliance(s.alliance().id(), s.alliance().name(),
                    s.alliance().territories().stream().map(t -> TerritoryKeyView.of(t.key())).toList(),
                    s.alliance().state(), s.alliance().outcome(), s.alliance().replicatedFrom(), s.standing(), s.match(),
                    s.objectives(), compared == null ? null : TerritoryKeyView.of(compared.key()),
                    compared == null ? null : compared.name(), s.similarity().distance(),
                    s.similarity().indicatorsCompared(), s.reason());
        }
    }

    static SuggestionsView of(Suggestions suggestions) {
        var d = suggestions.diagnostic();
        return new SuggestionsView(new TerritoryKeyView(d.territoryCode(), d.territoryLevel()), d.territoryName(), d.id(),
                d.state(), d.period(), d.synthetic(), suggestions.items().stream().map(SuggestionsView::item).toList());
    }

    private static Item item(SuggestionItem item) {
        Fragility f = item.fragility();
        return new Item(f.id(), f.title(), f.indicator(), f.theme(), f.severity(), f.origin(), item.priorityRank(),
                item.candidates(), item.suggestions().stream().map(SuggestedAlliance::of).toList());
    }
}
