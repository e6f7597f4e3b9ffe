package org.maillage.diagnostics.indicators.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.paging.CursorFormat;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.Problem;
import org.maillage.commons.web.QueryParams;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.diagnostics.indicators.domain.Stewardship;
import org.maillage.diagnostics.indicators.service.IndicatorService;
import org.maillage.diagnostics.indicators.service.Stewards;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.rest.ProblemExamples;
import org.maillage.vocabulary.Theme;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The catalogue of indicators observations and diagnostics refer to")
public class IndicatorResource {

    private static final String STEWARDS = " Scope diagnostics:write, and catalogue:manage (the catalogue's stewards) or"
            + " admin: every partner's diagnostics rest on this shared catalogue (403 otherwise).";
    private static final String NOT_A_STEWARD = "The key has neither catalogue:manage nor admin";

    /** The catalogue in code order: the code of the last indicator of the previous page. */
    private static final CursorFormat BY_CODE = new CursorFormat("k:", '|', 1);
    /** The catalogue's changes: (instant of the change, code) of the last one of the previous page. */
    private static final CursorFormat BY_CHANGE = new CursorFormat("c:", '/', 2);

    private final IndicatorService service;
    private final Stewards stewards;

    public IndicatorResource(IndicatorService service, Stewards stewards) {
        this.service = service;
        this.stewards = stewards;
    }

    @POST
    @Operation(operationId = "createIndicator", summary = "Add an indicator to the catalogue", description = STEWARDS)
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, unknown property or malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ProblemExamples.VALIDATION)))
    @APIResponse(responseCode = "403", description = NOT_A_STEWARD)
    @APIResponse(responseCode = "409", description = "An indicator with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = ProblemExamples.CONFLICT)))
    public Response create(@Valid @NotNull IndicatorRequest request, @Context UriInfo uriInfo) {
        stewards.require(Stewardship.CATALOGUE);
        if (request.code() == null) {
            throw new BadRequestException("code is required", List.of(new FieldError("code", "NotNull", "must not be null")));
        }
        Indicator indicator = service.create(request.code(), request.definition());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(indicator.code()).build())
                .tag(ETags.of(indicator.version())).entity(IndicatorView.of(indicator)).build();
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "List the catalogue",
            description = "Ordered by code, cursor-paginated. With `updatedSince`, the indicators changed at or after"
                    + " that instant ordered by (updatedAt, code), to sync incrementally; add `includeArchived=true` to"
                    + " also get the indicators deleted since, as tombstones (deletedAt set).")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = @Content(schema = @Schema(implementation = IndicatorPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid theme, limit, cursor or updatedSince")
    public Response list(@Parameter(description = "Only indicators of this theme", schema = @Schema(implementation = Theme.class))
                         @QueryParam("theme") String theme,
                         @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor,
                         @Parameter(description = "Only indicators changed at or after this RFC 3339 instant",
                                 example = "2026-01-31T08:00:00Z") @QueryParam(SyncRequest.UPDATED_SINCE) String updatedSince,
                         @Parameter(description = "With updatedSince: also the indicators deleted since, as tombstones")
                         @QueryParam(SyncRequest.INCLUDE_ARCHIVED) Boolean includeArchived,
                         @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        SyncRequest sync = SyncRequest.of(updatedSince, includeArchived);
        Theme themeFilter = QueryParams.enumValue(Theme.class, "theme", theme);
        if (sync.bySync()) {
            ChangeKey after = BY_CHANGE.decode(page.cursor(),
                    parts -> new ChangeKey(CursorFormat.instant(parts.get(0)), parts.get(1)));
            CursorPage<IndicatorView> body = CursorPage.fromSlice(service.changes(sync, themeFilter,
                            after == null ? null : after.at(), after == null ? null : after.code(), page.fetchSize()),
                    page, IndicatorView::of, entry -> BY_CHANGE.encode(CursorFormat.instant(entry.at()), entry.code()));
            return PageResponses.ok(body, uriInfo);
        }
        CursorPage<IndicatorView> body = CursorPage.fromSlice(
                service.page(themeFilter, BY_CODE.decode(page.cursor(), parts -> parts.get(0)), page.fetchSize()),
                page, IndicatorView::of, indicator -> BY_CODE.encode(indicator.code()));
        return PageResponses.ok(body, uriInfo);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "Get an indicator")
    @APIResponse(responseCode = "200", description = "The indicator, its version as ETag",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ProblemExamples.NOT_FOUND)))
    public Response get(@Parameter(example = "unemployment_rate") @PathParam("code") @Size(max = Bounds.INDICATOR_CODE) String code) {
        Indicator indicator = service.get(code);
        return Response.ok(IndicatorView.of(indicator)).tag(ETags.of(indicator.version())).build();
    }

    @PUT
    @Path("/{code}")
    @Operation(operationId = "replaceIndicator", summary = "Replace an indicator's definition",
            description = "Changing the aggregation re-derives the values above the commune for every period." + STEWARDS)
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "403", description = NOT_A_STEWARD)
    @APIResponse(responseCode = "400", description = "Invalid fields, or a body code other than the path's")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "409", description = "A new aggregation overflows on values stored before the ±10^15"
            + " bound: nothing changed")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION)))
    public Response replace(@PathParam("code") @Size(max = Bounds.INDICATOR_CODE) String code,
                            @Parameter(description = "ETag of the version being replaced") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                            @Valid @NotNull IndicatorRequest request) {
        stewards.require(Stewardship.CATALOGUE);
        if (request.code() != null && !request.code().equals(code)) {
            throw new BadRequestException("The code of an indicator cannot change",
                    List.of(new FieldError("code", "Immutable", "must be absent or equal to " + code)));
        }
        Indicator indicator = service.replace(code, request.definition(), ifMatch);
        return Response.ok(IndicatorView.of(indicator)).tag(ETags.of(indicator.version())).build();
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteIndicator", summary = "Delete an indicator and its observations",
            description = "Diagnostics already computed keep their figures." + STEWARDS)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = NOT_A_STEWARD)
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response delete(@PathParam("code") @Size(max = Bounds.INDICATOR_CODE) String code, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        stewards.require(Stewardship.CATALOGUE);
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }

    /** Where a page of the catalogue's changes starts: after this change. */
    private record ChangeKey(Instant at, String code) {
    }
}
