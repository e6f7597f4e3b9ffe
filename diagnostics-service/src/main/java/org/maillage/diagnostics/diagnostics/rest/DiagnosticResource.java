package org.maillage.diagnostics.diagnostics.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.commons.problem.Problem;
import org.maillage.commons.web.QueryParams;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.DiagnosticState;
import org.maillage.diagnostics.diagnostics.service.ComparisonResolver;
import org.maillage.diagnostics.diagnostics.service.DiagnosticService;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.rest.ProblemExamples;
import org.maillage.territory.TerritoryLevel;

@Path("/api/v1/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Diagnostics", description = "Territorial diagnostics: indicators compared with a reference and with peer"
        + " territories, and the fragilities they reveal. Lifecycle: DRAFT → IN_CONVERSATION (a conversation opens) →"
        + " PUBLISHED (the conversation adopts priorities) → SUPERSEDED (a newer diagnostic of the territory is published).")
public class DiagnosticResource {

    private static final String ANY_WRITER = " Scope diagnostics:write, any partner: a diagnostic is computed from the"
            + " shared observations and stored as a DRAFT; only adopting a conversation's priorities publishes one and"
            + " supersedes the territory's previous (adoptPriorities).";

    private final DiagnosticService service;
    private final ComparisonResolver resolver;

    public DiagnosticResource(DiagnosticService service, ComparisonResolver resolver) {
        this.service = service;
        this.resolver = resolver;
    }

    @POST
    @Operation(operationId = "createDiagnostic", summary = "Diagnose a territory",
            description = "For each indicator: the value, the reference value, the relative gap (value − reference) /"
                    + " |reference|, the percentile rank among peers (0 best … 100 worst: 100 × (peers better off + half"
                    + " of those with the same value, itself included) / peers with a value), and a severity from the"
                    + " configured thresholds on that rank (defaults: WATCH ≥ 75, FRAGILE ≥ 90, CRITICAL ≥ 97.5)."
                    + " Fragilities are the indicators at FRAGILE or worse, each explained in plain words." + ANY_WRITER)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiagnosticRequest.class),
            examples = @ExampleObject(name = "seineSaintDenis", value = DiagnosticExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "The diagnostic, as DRAFT",
            content = @Content(schema = @Schema(implementation = DiagnosticView.class),
                    examples = @ExampleObject(name = "diagnostic", value = DiagnosticExamples.DIAGNOSTIC)))
    @APIResponse(responseCode = "400", description = "Invalid fields, unknown property or malformed JSON")
    @APIResponse(responseCode = "422", description = "Unknown territory or indicator, no such parent, no observation,"
            + " more indicators with a value than a diagnostic assesses (name at most "
            + Diagnostic.MAX_INDICATORS + ")",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "noData", value = ProblemExamples.UNPROCESSABLE)))
    public Response create(@Valid @NotNull DiagnosticRequest request, @Context UriInfo uriInfo) {
        Diagnostic diagnostic = service.create(request.spec());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(diagnostic.id().toString()).build())
                .tag(ETags.of(diagnostic.version())).entity(DiagnosticView.of(diagnostic)).build();
    }

    @POST
    @Path("/batches")
    @Operation(operationId = "createDiagnosticBatch", summary = "Diagnose every territory of a level",
            description = "Same computation as createDiagnostic for each territory of the level (within `parent` if"
                    + " given, at most " + DiagnosticService.MAX_BATCH + "), in one transaction; territories without"
                    + " values are left out." + ANY_WRITER)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiagnosticBatchRequest.class),
            examples = @ExampleObject(name = "departements", value = DiagnosticExamples.BATCH)))
    @APIResponse(responseCode = "201", description = "The diagnostics created, as DRAFT",
            content = @Content(schema = @Schema(implementation = DiagnosticBatchView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "422", description = "Unknown parent or indicator, too many territories, a territory"
            + " with more indicators than a diagnostic assesses (name at most "
            + Diagnostic.MAX_INDICATORS + ")")
    public Response batch(@Valid @NotNull DiagnosticBatchRequest request) {
        var parent = request.parent() == null ? null : resolver.territory(request.parent(), request.parentLevel(), "parent").key();
        return Response.status(201).entity(DiagnosticBatchView.of(
                service.createBatch(request.spec(), request.level(), parent))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDiagnostic", summary = "Get a diagnostic")
    @APIResponse(responseCode = "200", description = "The diagnostic, its version as ETag",
            content = @Content(schema = @Schema(implementation = DiagnosticView.class)))
    @APIResponse(responseCode = "404", description = "No such diagnostic")
    public Response get(@PathParam("id") UUID id) {
        Diagnostic diagnostic = service.get(id);
        return Response.ok(DiagnosticView.of(diagnostic)).tag(ETags.of(diagnostic.version())).build();
    }

    @GET
    @Operation(operationId = "listDiagnostics", summary = "List diagnostics",
            description = "In creation order, cursor-paginated. With `updatedSince`, the diagnostics changed at or after"
                    + " that instant ordered by (updatedAt, id), to sync incrementally; superseded diagnostics (the"
                    + " tombstones of published ones) are then listed only with `includeArchived=true` or `state=SUPERSEDED`.")
    @APIResponse(responseCode = "200", description = "A page of diagnostics",
            content = @Content(schema = @Schema(implementation = DiagnosticPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
    public Response list(@Parameter(description = "Only diagnostics of this territory", example = "93") @QueryParam("territory") @Size(max = Bounds.TERRITORY_CODE) String territory,
                         @Parameter(description = "Level of `territory` when its code is shared",
                                 schema = @Schema(implementation = TerritoryLevel.class)) @QueryParam("level") String level,
                         @Parameter(schema = @Schema(implementation = DiagnosticState.class)) @QueryParam("state") String state,
                         @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor,
                         @Parameter(description = "Only diagnostics changed at or after this RFC 3339 instant",
                                 example = "2026-01-31T08:00:00Z") @QueryParam(SyncRequest.UPDATED_SINCE) String updatedSince,
                         @Parameter(description = "With updatedSince: also the superseded diagnostics")
                         @QueryParam(SyncRequest.INCLUDE_ARCHIVED) Boolean includeArchived,
                         @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        SyncRequest sync = SyncRequest.of(updatedSince, includeArchived);
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        var key = territory == null ? null : resolver.territory(territory,
                QueryParams.enumValue(TerritoryLevel.class, "level", level), "territory").key();
        if (sync.bySync()) {
            CursorPage<DiagnosticView> body = CursorPage.fromSlice(
                    service.changes(sync, key, QueryParams.enumValue(DiagnosticState.class, "state", state),
                            after == null ? null : after.at(), after == null ? null : after.id(), page.fetchSize()),
                    page, DiagnosticView::of, d -> new KeysetCursor(d.updatedAt(), d.id()).encode());
            return PageResponses.ok(body, uriInfo);
        }
        CursorPage<DiagnosticView> body = CursorPage.fromSlice(
                service.page(key, QueryParams.enumValue(DiagnosticState.class, "state", state),
                        after == null ? null : after.at(), after == null ? null : after.id(), page.fetchSize()),
                page, DiagnosticView::of, d -> new KeysetCursor(d.createdAt(), d.id()).encode());
        return PageResponses.ok(body, uriInfo);
    }

}
