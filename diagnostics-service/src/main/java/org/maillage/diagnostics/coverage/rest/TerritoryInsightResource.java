package org.maillage.diagnostics.coverage.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.web.QueryParams;
import org.maillage.diagnostics.coverage.service.CoverageService;
import org.maillage.diagnostics.coverage.service.EcosystemService;
import org.maillage.diagnostics.coverage.service.SuggestionService;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.service.TerritoryService;
import org.maillage.territory.TerritoryLevel;

@Path("/api/v1/territories/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage and ecosystem", description = "What the actor and alliance events tell about a territory")
@APIResponse(responseCode = "400", description = "Invalid level; a code shared by several levels without `level`; for"
        + " suggestions, a limit out of range")
@APIResponse(responseCode = "404", description = "No such territory (or, for coverage and suggestions, no published"
        + " diagnostic of it)")
public class TerritoryInsightResource {

    private final TerritoryService territories;
    private final CoverageService coverage;
    private final EcosystemService ecosystem;
    private final SuggestionService suggestions;

    public TerritoryInsightResource(TerritoryService territories, CoverageService coverage, EcosystemService ecosystem,
                                    SuggestionService suggestions) {
        this.territories = territories;
        this.coverage = coverage;
        this.ecosystem = ecosystem;
        this.suggestions = suggestions;
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getTerritoryCoverage", summary = "Coverage of a territory's priorities by alliances",
            description = "Of the latest published diagnostic of the territory, or of `diagnosticId`. An alliance covers a"
                    + " fragility when it names it (EXPLICIT) or acts on the territory — or one inside or containing it —"
                    + " on the fragility's theme (THEME_AND_TERRITORY).")
    @APIResponse(responseCode = "200", description = "Coverage, uncovered priorities first",
            content = @Content(schema = @Schema(implementation = CoverageView.class)))
    public CoverageView coverage(@Parameter(example = "93") @PathParam("code") @Size(max = Bounds.TERRITORY_CODE) String code,
                                 @Parameter(schema = @Schema(implementation = TerritoryLevel.class)) @QueryParam("level") String level,
                                 @Parameter(description = "A diagnostic of the territory other than its latest published one")
                                 @QueryParam("diagnosticId") UUID diagnosticId) {
        return CoverageView.of(coverage.coverage(territory(code, level), diagnosticId));
    }

    @GET
    @Path("/suggestions")
    @Operation(operationId = "getTerritorySuggestions", summary = "Proven alliances elsewhere for the uncovered priorities",
            description = "For each priority of the latest published diagnostic (or of `diagnosticId`) that no living"
                    + " alliance covers: alliances acting on other territories (not the territory, inside it or"
                    + " containing it) that reached an objective on the priority's indicator or act on its theme, and"
                    + " proved themselves (closed ACHIEVED or SCALED, or an objective reached). Ranked by standing, then"
                    + " by how alike the two territories' indicator profiles are, then by id; each with its reason.")
    @APIResponse(responseCode = "200", description = "Suggestions, by priority rank",
            content = @Content(schema = @Schema(implementation = SuggestionsView.class)))
    public SuggestionsView suggestions(
            @Parameter(example = "93") @PathParam("code") @Size(max = Bounds.TERRITORY_CODE) String code,
            @Parameter(schema = @Schema(implementation = TerritoryLevel.class)) @QueryParam("level") String level,
            @Parameter(description = "A diagnostic of the territory other than its latest published one")
            @QueryParam("diagnosticId") UUID diagnosticId,
            @Parameter(description = "Suggestions per priority, 1 to " + SuggestionService.MAX_LIMIT + " (default "
                    + SuggestionService.DEFAULT_LIMIT + ")")
            @QueryParam("limit") @Min(1) @Max(SuggestionService.MAX_LIMIT) Integer limit) {
        return SuggestionsView.of(suggestions.suggest(territory(code, level), diagnosticId,
                limit == null ? SuggestionService.DEFAULT_LIMIT : limit));
    }

    @GET
    @Path("/ecosystem")
    @Operation(operationId = "getTerritoryEcosystem", summary = "Actors and alliances acting on a territory")
    @APIResponse(responseCode = "200", description = "The ecosystem", content = @Content(schema = @Schema(implementation = EcosystemView.class)))
    public EcosystemView ecosystem(@Parameter(example = "93") @PathParam("code") @Size(max = Bounds.TERRITORY_CODE) String code,
                                   @Parameter(schema = @Schema(implementation = TerritoryLevel.class)) @QueryParam("level") String level) {
        return EcosystemView.of(ecosystem.of(territory(code, level)));
    }

    private Territory territory(String code, String level) {
        return territories.resolve(code, Optional.ofNullable(QueryParams.enumValue(TerritoryLevel.class, "level", level)));
    }
}
