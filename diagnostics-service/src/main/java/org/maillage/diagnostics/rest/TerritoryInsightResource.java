package org.maillage.diagnostics.rest;

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
import org.maillage.diagnostics.domain.Territory;
import org.maillage.diagnostics.service.CoverageService;
import org.maillage.diagnostics.service.EcosystemService;
import org.maillage.diagnostics.service.TerritoryService;
import org.maillage.territory.TerritoryLevel;

@Path("/api/v1/territories/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage and ecosystem", description = "What the actor and alliance events tell about a territory")
@APIResponse(responseCode = "400", description = "Invalid level; a code shared by several levels without `level`")
@APIResponse(responseCode = "404", description = "No such territory (or, for coverage, no published diagnostic of it)")
public class TerritoryInsightResource {

    private final TerritoryService territories;
    private final CoverageService coverage;
    private final EcosystemService ecosystem;

    public TerritoryInsightResource(TerritoryService territories, CoverageService coverage, EcosystemService ecosystem) {
        this.territories = territories;
        this.coverage = coverage;
        this.ecosystem = ecosystem;
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
