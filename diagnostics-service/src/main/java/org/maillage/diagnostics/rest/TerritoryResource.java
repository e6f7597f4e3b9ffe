package org.maillage.diagnostics.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.Problem;
import org.maillage.diagnostics.service.TerritoryService;
import org.maillage.territory.TerritoryLevel;

@Path("/api/v1/territories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "French territories (INSEE Code Officiel Géographique, 2026) with population and parents")
public class TerritoryResource {

    private static final String PARIS = """
            {"code": "75056", "name": "Paris", "level": "COMMUNE", "population": 2103778, "parents": [
              {"code": "200054781", "name": "Métropole du Grand Paris", "level": "EPCI"},
              {"code": "75", "name": "Paris", "level": "DEPARTEMENT"},
              {"code": "11", "name": "Île-de-France", "level": "REGION"}]}""";
    private static final String AMBIGUOUS = """
            {"type": "https://maillage.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "Code 11 names several territories: REGION (Île-de-France), DEPARTEMENT (Aude)",
             "instance": "/api/v1/territories/11",
             "errors": [{"field": "level", "code": "Required", "message": "must be given for a code shared by several levels"}],
             "correlationId": "7d2e9b10-4c1a-4f7e-8f0b-5b6c2e1d9a30"}""";
    private static final String UNKNOWN = """
            {"type": "https://maillage.org/problems/not-found", "title": "Resource not found", "status": 404,
             "detail": "Territory 99999 does not exist", "instance": "/api/v1/territories/99999",
             "correlationId": "0f8a3c52-8f7e-4d2b-9a57-3c0e6d1b2a41"}""";

    private final TerritoryService territories;

    public TerritoryResource(TerritoryService territories) {
        this.territories = territories;
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getTerritory", summary = "Get a territory with its parents",
            description = "Looks a territory up by its INSEE code (SIREN for an EPCI). Every région code is also a"
                    + " département code (11 is Île-de-France and Aude): give `level` for those.")
    @APIResponse(responseCode = "200", description = "The territory, its population and its parents, nearest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TerritoryView.class),
                    examples = @ExampleObject(name = "paris", summary = "The commune of Paris", value = PARIS)))
    @APIResponse(responseCode = "400", description = "Unknown level, or a code shared by several levels without `level`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ambiguous", summary = "Code shared by a région and a département",
                            value = AMBIGUOUS)))
    @APIResponse(responseCode = "404", description = "No territory has this code (at this level)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", summary = "Unknown code", value = UNKNOWN)))
    public TerritoryView get(
            @Parameter(description = "INSEE code, or SIREN for an EPCI", example = "75056") @PathParam("code") String code,
            @Parameter(description = "Level of the territory; required only when the code is shared by several levels",
                    schema = @Schema(implementation = TerritoryLevel.class)) @QueryParam("level") String level) {
        return TerritoryView.of(territories.get(code, parseLevel(level)));
    }

    private static Optional<TerritoryLevel> parseLevel(String level) {
        if (level == null) {
            return Optional.empty();
        }
        for (TerritoryLevel candidate : TerritoryLevel.values()) {
            if (candidate.name().equals(level)) {
                return Optional.of(candidate);
            }
        }
        throw new BadRequestException("Unknown level " + level, List.of(new FieldError("level", "InvalidValue",
                "must be one of " + Arrays.toString(TerritoryLevel.values()))));
    }
}
