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
import org.maillage.actors.service.ActorReads;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.SyncPages;
import org.maillage.territory.TerritoryReference;
import org.maillage.commons.sync.Checkpoint;

@Path("/api/v1/actors/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorChangesResource {

    private final ActorReads reads;
    private final TerritoryReference reference;

    public ActorChangesResource(ActorReads reads, TerritoryReference reference) {
        this.reads = reads;
        this.reference = reference;
    }

    @GET
    @Operation(operationId = "listActorChanges", summary = "Synchronise the registry: actors changed since a checkpoint",
            description = "The change feed of actors, for a CRM that mirrors the registry. Each committed change "
                    + "(registration, update, archive, merge) moves the actor to the end of the feed: following "
                    + "checkpoint returns every actor changed since, once, at its latest committed state, in the order "
                    + "of the commits, whatever the order the writers started in. Without a checkpoint, the feed starts "
                    + "from the beginning: every actor once. Archived and merged actors come as tombstones "
                    + "(archived: true, mergedInto). Keep the checkpoint of each answer; while hasMore is true, ask "
                    + "again at once (the Link rel=\"next\" header), then poll later with the last checkpoint.")
    @APIResponse(responseCode = "200", description = "The actors changed after the checkpoint",
            content = @Content(schema = @Schema(implementation = ActorChanges.class)))
    @APIResponse(responseCode = "400", description = "A checkpoint this feed did not issue, or an invalid limit")
    public Response changes(@QueryParam(Checkpoint.PARAMETER) String checkpoint, @QueryParam("limit") Integer limit,
                            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, null);
        return SyncPages.ok(reads.changes(checkpoint, page).map(a -> ActorResponse.of(a, reference)), uriInfo);
    }
}
