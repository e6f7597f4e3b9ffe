package org.maillage.actors.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.service.ActorMerges;
import org.maillage.territory.TerritoryReference;
import org.maillage.commons.http.ETags;

@Path("/api/v1/actors/{id}/merge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorMergeResource {

    private final ActorMerges merges;
    private final TerritoryReference reference;

    public ActorMergeResource(ActorMerges merges, TerritoryReference reference) {
        this.merges = merges;
        this.reference = reference;
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only admins merge actors")
    @Operation(operationId = "mergeActor", summary = "Absorb a duplicate into this organisation",
            description = "The addressed actor survives and takes over the duplicate's identifiers, external refs and "
                    + "territories; the duplicate is archived with mergedInto. Emits org.maillage.actor.updated.v1 "
                    + "(survivor), org.maillage.actor.archived.v1 (absorbed) and org.maillage.actor.merged.v1, "
                    + "which tells other services to re-point their references.")
    @APIResponse(responseCode = "200", description = "The survivor after the merge",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or the survivor's kind does not allow an absorbed identifier")
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "409", description = "One of the actors is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the survivor")
    @APIResponse(responseCode = "422", description = "absorbedId is unknown or the actor itself")
    public Response merge(@PathParam("id") UUID id,
                          @Parameter(description = "ETag of the survivor's version the merge is based on")
                          @HeaderParam(ETags.IF_MATCH) String ifMatch,
                          @Valid @NotNull MergeRequest request) {
        Actor survivor = merges.merge(id, request.absorbedId(), ifMatch);
        return Response.ok(ActorResponse.of(survivor, reference)).tag(ETags.of(survivor.version())).build();
    }
}
