package org.maillage.alliances.rest;

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
import org.maillage.alliances.service.AllianceFeed;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.Checkpoint;
import org.maillage.commons.sync.SyncPages;

@Path("/api/v1/alliances/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class AllianceChangesResource {

    private final AllianceFeed feed;

    public AllianceChangesResource(AllianceFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listAllianceChanges", summary = "Synchronise alliances: alliances changed since a checkpoint",
            description = "Who may act: any caller with alliances:read, who reads every alliance as with getAlliance. "
                    + "The change feed of alliances. Each committed change (proposal, revision, member added, "
                    + "invitation answered, departure, commitment, milestone, objective's result, mediator, "
                    + "transition, archive) moves the alliance to the end of the feed: following checkpoint returns "
                    + "every alliance changed since, once, at its latest committed state, in the order of the "
                    + "commits. Without a checkpoint, every alliance once. Archived alliances come as tombstones "
                    + "(archived: true, archivedAt). Keep the checkpoint of each answer; while hasMore is true, ask "
                    + "again at once (the Link rel=\"next\" header), then poll later with the last checkpoint.")
    @APIResponse(responseCode = "200", description = "The alliances changed after the checkpoint",
            content = @Content(schema = @Schema(implementation = AllianceChanges.class)))
    @APIResponse(responseCode = "400", description = "A checkpoint this feed did not issue, or an invalid limit")
    public Response changes(@QueryParam(Checkpoint.PARAMETER) String checkpoint, @QueryParam("limit") Integer limit,
                            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, null);
        return SyncPages.ok(feed.changes(checkpoint, page).map(AllianceResponse::of), uriInfo);
    }
}
