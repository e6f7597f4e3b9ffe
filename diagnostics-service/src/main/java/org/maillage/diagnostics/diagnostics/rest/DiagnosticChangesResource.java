package org.maillage.diagnostics.diagnostics.rest;

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
import org.maillage.diagnostics.diagnostics.service.DiagnosticFeed;

@Path("/api/v1/diagnostics/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diagnostics")
public class DiagnosticChangesResource {

    private final DiagnosticFeed feed;

    public DiagnosticChangesResource(DiagnosticFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listDiagnosticChanges", summary = "Synchronise diagnostics: diagnostics changed since a checkpoint",
            description = "Who may act: any caller with diagnostics:read, who reads every diagnostic as with getDiagnostic. The change "
                    + "feed of diagnostics. Each committed change (computation, conversation opened, fragility added, "
                    + "publication, supersession) moves the diagnostic to the end of the feed: following checkpoint returns "
                    + "every diagnostic changed since, once, at its latest committed state, in the order of the commits. "
                    + "Without a checkpoint, every diagnostic once. Superseded diagnostics, the tombstones of published "
                    + "ones, come with state SUPERSEDED and supersededBy. Keep the checkpoint of each answer; while hasMore "
                    + "is true, ask again at once (the Link rel=\"next\" header), then poll later with the last checkpoint.")
    @APIResponse(responseCode = "200", description = "The diagnostics changed after the checkpoint",
            content = @Content(schema = @Schema(implementation = DiagnosticChangesPage.class)))
    @APIResponse(responseCode = "400", description = "A checkpoint this feed did not issue, or an invalid limit")
    public Response changes(@QueryParam(Checkpoint.PARAMETER) String checkpoint, @QueryParam("limit") Integer limit,
                            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, null);
        return SyncPages.ok(feed.changes(checkpoint, page).map(DiagnosticView::of), uriInfo);
    }
}
