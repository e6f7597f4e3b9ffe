package org.maillage.alliances.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.alliances.domain.TimelineEntry;
import org.maillage.alliances.service.TimelineService;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;

@Path("/api/v1/alliances/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class TimelineResource {

    private final TimelineService service;

    public TimelineResource(TimelineService service) {
        this.service = service;
    }

    @Schema(name = "TimelinePage")
    public record TimelinePage(@Schema(maxItems = PageRequest.MAX_LIMIT) List<TimelineEntry> items,
                                @Schema(description = "Cursor of the next page; absent on the last page",
                                maxLength = PageRequest.MAX_CURSOR_LENGTH, pattern = "^[A-Za-z0-9_=-]+$") String nextCursor) {
    }

    @GET
    @Operation(operationId = "getAllianceTimeline", summary = "Every change of an alliance, oldest first",
            description = "Who may act: any caller with alliances:read. One entry per event published for the alliance: when, what (the event type and data) and why "
                    + "(the reason given with a transition). Cursor pagination with a Link rel=\"next\" header.")
    @APIResponse(responseCode = "200", description = "One page of the timeline",
            content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    @APIResponse(responseCode = "404", description = "No such alliance")
    public Response timeline(@PathParam("id") UUID id,
                             @QueryParam("limit") Integer limit,
                             @QueryParam("cursor") String cursor,
                             @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        CursorPage<TimelineEntry> result = CursorPage.fromSlice(service.page(id, page), page, e -> e,
                e -> new KeysetCursor(e.at(), e.id()).encode());
        return PageResponses.ok(result, uriInfo);
    }
}
