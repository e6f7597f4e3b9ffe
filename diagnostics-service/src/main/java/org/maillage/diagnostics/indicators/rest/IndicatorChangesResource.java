package org.maillage.diagnostics.indicators.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.Checkpoint;
import org.maillage.commons.sync.SyncPages;
import org.maillage.diagnostics.indicators.service.IndicatorFeed;

@Path("/api/v1/indicators/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class IndicatorChangesResource {

    private final IndicatorFeed feed;

    public IndicatorChangesResource(IndicatorFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listIndicatorChanges", summary = "Synchronise the catalogue: indicators changed since a checkpoint",
            description = "Who may act: any caller with diagnostics:read. The change feed of the indicator catalogue, by code. Each "
                    + "committed change (creation, replacement, deletion) moves the code to the end of the feed: following "
                    + "checkpoint returns every code changed since, once, at its latest committed state, in the order of the "
                    + "commits. Without a checkpoint, every code once. A deleted indicator comes as its tombstone (code, "
                    + "theme, updatedAt and deletedAt only); a code created again comes as the new indicator. Keep the "
                    + "checkpoint of each answer; while hasMore is true, ask again at once (the Link rel=\"next\" header), "
                    + "then poll later with the last checkpoint.")
    @APIResponse(responseCode = "200", description = "The indicators changed after the checkpoint",
            content = @Content(schema = @Schema(implementation = IndicatorChangesPage.class)))
    @APIResponse(responseCode = "400", description = "A checkpoint this feed did not issue, or an invalid limit")
    public Response changes(@QueryParam(Checkpoint.PARAMETER) String checkpoint, @QueryParam("limit") Integer limit,
                            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, null);
        return SyncPages.ok(feed.changes(checkpoint, page).map(IndicatorView::of), uriInfo);
    }
}
