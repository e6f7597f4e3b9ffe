package org.maillage.diagnostics.territories.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.paging.CursorFormat;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.commons.problem.Problem;
import org.maillage.commons.web.QueryParams;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.territories.service.TerritoryService;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

@Path("/api/v1/territories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "French territories (INSEE Code Officiel Géographique, 2026) with population and parents")
public class TerritoryResource {

    /** The list in key order: (code, level) of the last territory of the previous page. */
    private static final CursorFormat BY_KEY = new CursorFormat("", '|', 2);

    private final TerritoryService territories;

    public TerritoryResource(TerritoryService territories) {
        this.territories = territories;
    }

    @GET
    @Operation(operationId = "listTerritories", summary = "List and search territories",
            description = "Ordered by code then level, cursor-paginated (follow `nextCursor` or the Link rel=\"next\""
                    + " header). `parent` keeps the territories contained in a territory at any depth (`parent=93&level="
                    + "COMMUNE`: the communes of Seine-Saint-Denis). `q` matches a fragment of the name ignoring case,"
                    + " accents, hyphens and apostrophes (`amberieu` finds Ambérieu-en-Bugey).")
    @APIResponse(responseCode = "200", description = "A page of territories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TerritoryPage.class),
                    examples = @ExampleObject(name = "search", summary = "q=amberieu", value = TerritoryExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown level, unknown or ambiguous parent, bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknownParent", value = TerritoryExamples.BAD_FILTER)))
    public Response list(
            @Parameter(description = "Only territories of this level", schema = @Schema(implementation = TerritoryLevel.class))
            @QueryParam("level") String level,
            @Parameter(description = "Only territories contained (at any depth) in the territory with this code", example = "93")
            @QueryParam("parent") @Size(max = Bounds.TERRITORY_CODE) String parent,
            @Parameter(description = "Level of `parent`; required only when its code is shared by a région and a département",
                    schema = @Schema(implementation = TerritoryLevel.class)) @QueryParam("parentLevel") String parentLevel,
            @Parameter(description = "Fragment of the name, insensitive to case and accents", example = "amberieu")
            @QueryParam("q") @Size(max = Bounds.TERRITORY_NAME) String q,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        CursorPage<TerritoryListItem> body = CursorPage.fromSlice(
                territories.page(QueryParams.enumValue(TerritoryLevel.class, "level", level), blankToNull(parent),
                        QueryParams.enumValue(TerritoryLevel.class, "parentLevel", parentLevel), q,
                        BY_KEY.decode(page.cursor(),
                                parts -> new TerritoryKey(TerritoryLevel.valueOf(parts.get(1)), parts.get(0))),
                        page.fetchSize()),
                page, TerritoryListItem::of,
                territory -> BY_KEY.encode(territory.key().code(), territory.key().level().name()));
        return PageResponses.ok(body, uriInfo);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getTerritory", summary = "Get a territory with its parents and children counts",
            description = "Looks a territory up by its INSEE code (SIREN for an EPCI). Every région code is also a"
                    + " département code (11 is Île-de-France and Aude): give `level` for those.")
    @APIResponse(responseCode = "200", description = "The territory, its population, its parents (nearest first) and"
            + " how many territories it contains by level",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TerritoryView.class),
                    examples = @ExampleObject(name = "paris", summary = "The commune of Paris", value = TerritoryExamples.PARIS)))
    @APIResponse(responseCode = "400", description = "Unknown level, or a code shared by several levels without `level`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ambiguous", summary = "Code shared by a région and a département",
                            value = TerritoryExamples.AMBIGUOUS)))
    @APIResponse(responseCode = "404", description = "No territory has this code (at this level)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", summary = "Unknown code", value = TerritoryExamples.UNKNOWN)))
    public TerritoryView get(
            @Parameter(description = "INSEE code, or SIREN for an EPCI", example = "75056") @PathParam("code") @Size(max = Bounds.TERRITORY_CODE) String code,
            @Parameter(description = "Level of the territory; required only when the code is shared by several levels",
                    schema = @Schema(implementation = TerritoryLevel.class)) @QueryParam("level") String level) {
        return TerritoryView.of(territories.get(code,
                Optional.ofNullable(QueryParams.enumValue(TerritoryLevel.class, "level", level))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
