package org.maillage.alliances.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceFilter;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.AllianceType;
import org.maillage.alliances.domain.MemberRole;
import org.maillage.alliances.service.AllianceQueries;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.openapi.Count;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.commons.web.QueryParams;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryReference;

@Path("/api/v1/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class AllianceListResource {

    private static final String THEME_CODE = "must be a theme code in upper case, such as DIGITAL_INCLUSION";

    private final AllianceQueries queries;
    private final TerritoryReference territories;

    public AllianceListResource(AllianceQueries queries, TerritoryReference territories) {
        this.queries = queries;
        this.territories = territories;
    }

    /** Page schema for the OpenAPI document. */
    @Schema(name = "AlliancePage")
    public record AlliancePage(@Schema(maxItems = PageRequest.MAX_LIMIT) List<AllianceResponse> items,
                                @Schema(description = "Cursor of the next page; absent on the last page",
                                maxLength = PageRequest.MAX_CURSOR_LENGTH, pattern = "^[A-Za-z0-9_=-]+$") String nextCursor) {
    }

    @GET
    @Operation(operationId = "listAlliances", summary = "List alliances",
            description = "Who may act: any caller with alliances:read. Filters combine with AND. Ordered by creation, or by last change when updatedSince is given "
                    + "(incremental sync: keep the last updatedAt seen). Cursor pagination with a Link rel=\"next\" header. "
                    + "needsAttention=true keeps the non-final alliances the status would flag (STALLED, IMBALANCED, "
                    + "OVERDUE, MEMBER_ARCHIVED) with the configured thresholds. Archived (deleted) alliances are "
                    + "tombstones: left out unless includeArchived=true, which returns them with archived: true, so a "
                    + "client syncing with updatedSince sees deletions.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = AlliancePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
    @APIResponse(responseCode = "422", description = "territory is not in the territorial reference")
    public Response list(
            @Parameter(description = "Lifecycle state", example = "ACTIVE", schema = @Schema(implementation = AllianceState.class))
            @QueryParam("state") String state,
            @Parameter(description = "Alliances acting on this territory, inside it or on a territory containing it. An "
                    + "INSEE/COG code (the smallest territory with that code; EPCI: SIREN) or LEVEL:code, e.g. 93, 01004, "
                    + "REGION:84", example = "93") @QueryParam("territory") @Size(max = 30) String territory,
            @Parameter(example = "DIGITAL_INCLUSION") @QueryParam("theme") @Size(max = 50)
            @Pattern(regexp = AllianceDetailsRequest.THEME, message = THEME_CODE) String theme,
            @Parameter(example = "SOCIETAL_INNOVATION", schema = @Schema(implementation = AllianceType.class))
            @QueryParam("type") String type,
            @Parameter(description = "An active or invited member: an organisation finds the alliances it is invited to", schema = @Schema(implementation = UUID.class))
            @QueryParam("memberActorId") String memberActorId,
            @Parameter(description = "Role of an active or invited member (with memberActorId: that member's role)", example = "LEAD",
                    schema = @Schema(implementation = MemberRole.class))
            @QueryParam("role") String role,
            @Parameter(description = "Id of a fragility the alliance addresses", schema = @Schema(implementation = UUID.class))
            @QueryParam("addressesFragility") String fragility,
            @Parameter(description = "Only alliances with an attention flag") @QueryParam("needsAttention") Boolean needsAttention,
            @Parameter(description = "RFC 3339; alliances changed at or after it", example = "2026-11-01T00:00:00Z")
            @QueryParam(SyncRequest.UPDATED_SINCE) String updatedSince,
            @Parameter(description = "Also return archived alliances, as tombstones (archived: true)")
            @QueryParam(SyncRequest.INCLUDE_ARCHIVED) Boolean includeArchived,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        SyncRequest sync = SyncRequest.of(updatedSince, includeArchived);
        Territory place = territory(territory);
        AllianceFilter filter = new AllianceFilter(QueryParams.enumValue(AllianceState.class, "state", state),
                place == null ? null : place.key(), place == null ? List.of() : place.parents(), theme, QueryParams.enumValue(AllianceType.class, "type", type),
                QueryParams.uuid("memberActorId", memberActorId), QueryParams.enumValue(MemberRole.class, "role", role),
                QueryParams.uuid("addressesFragility", fragility),
                Boolean.TRUE.equals(needsAttention) ? queries.attention().thresholds() : null, sync.updatedSince(),
                sync.includeArchived());
        PageRequest page = PageRequest.of(limit, cursor);
        List<Alliance> rows = queries.page(filter, page);
        CursorPage<AllianceResponse> result = CursorPage.fromSlice(rows, page, AllianceResponse::of,
                a -> new KeysetCursor(sync.bySync() ? a.updatedAt() : a.createdAt(), a.id()).encode());
        return PageResponses.ok(result, uriInfo);
    }

    /** Counts schema for the OpenAPI document. */
    @Schema(name = "AllianceSummary", description = "How many living (not archived) alliances act on a territory — "
            + "inside it or on a territory containing it — by lifecycle state; states without alliances are left out")
    public record AllianceSummary(
            @Schema(description = "Number of alliances", examples = "3", minimum = "0", maximum = Count.MAX) long total,
            @Schema(description = "state → number of alliances", additionalProperties = Count.class,
                    examples = "{\"ACTIVE\": 2, \"EMERGING\": 1}")
            Map<AllianceState, Long> byState) {
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summariseAlliances", summary = "Count alliances by state",
            description = "Who may act: any caller with alliances:read. Living alliances, all of them or those acting on a territory (as the list's territory "
                    + "filter), possibly on one theme.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = AllianceSummary.class)))
    @APIResponse(responseCode = "422", description = "territory is not in the territorial reference")
    public AllianceSummary summary(
            @Parameter(description = "An INSEE/COG code (the smallest territory with that code) or LEVEL:code",
                    example = "93") @QueryParam("territory") @Size(max = 30) String territory,
            @Parameter(example = "DIGITAL_INCLUSION") @QueryParam("theme") @Size(max = 50)
            @Pattern(regexp = AllianceDetailsRequest.THEME, message = THEME_CODE) String theme) {
        Territory place = territory(territory);
        AllianceFilter filter = new AllianceFilter(null, place == null ? null : place.key(),
                place == null ? List.of() : place.parents(), theme, null, null, null, null, null, null, false);
        Map<AllianceState, Long> counts = queries.countsByState(filter);
        return new AllianceSummary(counts.values().stream().mapToLong(Long::longValue).sum(), counts);
    }

    private Territory territory(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return territories.resolve(value).orElseThrow(() -> new UnprocessableException(
                "territory " + value + " is not in the territorial reference",
                List.of(new FieldError("territory", "UnknownTerritory", "is not in the territorial reference"))));
    }
}
