package org.maillage.diagnostics.conversations.rest;

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
import org.maillage.diagnostics.conversations.service.ConversationFeed;

@Path("/api/v1/conversations/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public class ConversationChangesResource {

    private final ConversationFeed feed;

    public ConversationChangesResource(ConversationFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listConversationChanges", summary = "Synchronise conversations: conversations changed since a checkpoint",
            description = "Who may act: any caller with diagnostics:read, who reads every conversation as with getConversation. The "
                    + "change feed of conversations. Each committed change (opening, participants, verdicts, rankings, "
                    + "solutions, fragility added, adoption) moves the conversation to the end of the feed, and so does "
                    + "every change of its diagnostic, whose state and fragilities it shows (diagnosticState becomes "
                    + "SUPERSEDED when a newer diagnostic of the territory is published): following checkpoint returns every "
                    + "conversation changed since, once, at its latest committed state, in the order of the commits. Without "
                    + "a checkpoint, every conversation once. Keep the checkpoint of each answer; while hasMore is true, ask "
                    + "again at once (the Link rel=\"next\" header), then poll later with the last checkpoint.")
    @APIResponse(responseCode = "200", description = "The conversations changed after the checkpoint",
            content = @Content(schema = @Schema(implementation = ConversationChangesPage.class)))
    @APIResponse(responseCode = "400", description = "A checkpoint this feed did not issue, or an invalid limit")
    public Response changes(@QueryParam(Checkpoint.PARAMETER) String checkpoint, @QueryParam("limit") Integer limit,
                            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, null);
        return SyncPages.ok(feed.changes(checkpoint, page).map(ConversationView::of), uriInfo);
    }
}
