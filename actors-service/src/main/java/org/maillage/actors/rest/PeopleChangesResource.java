package org.maillage.actors.rest;

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
import org.maillage.actors.service.PeopleFeed;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.SyncPages;
import org.maillage.commons.sync.Checkpoint;

@Path("/api/v1/people/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PeopleChangesResource {

    private final PeopleFeed feed;

    public PeopleChangesResource(PeopleFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listPeopleChanges", summary = "Synchronise people: people of every organisation changed since a checkpoint",
            description = "The change feed of people, across organisations. Each committed change (addition, update, "
                    + "move to the survivor of a merge, removal, erasure) moves the person to the end of the feed: "
                    + "following checkpoint returns every person changed since, once, at their latest committed state, "
                    + "in commit order. Without a checkpoint, every person once. Removed and erased people come as "
                    + "tombstones (removed: true, erased: true with every personal field wiped). Keep the checkpoint of "
                    + "each answer; while hasMore is true, ask again at once, then poll later with the last checkpoint.")
    @APIResponse(responseCode = "200", description = "The people changed after the checkpoint",
            content = @Content(schema = @Schema(implementation = PersonChanges.class)))
    @APIResponse(responseCode = "400", description = "A checkpoint this feed did not issue, or an invalid limit")
    public Response changes(@QueryParam(Checkpoint.PARAMETER) String checkpoint, @QueryParam("limit") Integer limit,
                            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, null);
        return SyncPages.ok(feed.changes(checkpoint, page).map(PersonResponse::of), uriInfo);
    }
}
