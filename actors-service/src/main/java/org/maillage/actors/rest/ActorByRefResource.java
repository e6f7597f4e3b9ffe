package org.maillage.actors.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.service.ActorUpserts;
import org.maillage.actors.service.Upserted;
import org.maillage.territory.TerritoryReference;
import org.maillage.commons.http.ETags;

@Path("/api/v1/actors/by-ref/{system}/{externalId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorByRefResource {

    private final ActorUpserts upserts;
    private final TerritoryReference reference;

    public ActorByRefResource(ActorUpserts upserts, TerritoryReference reference) {
        this.upserts = upserts;
        this.reference = reference;
    }

    @PUT
    @APIResponse(responseCode = "403", description = "The actor exists and belongs to another organisation than the key's")
    @Operation(operationId = "upsertActorByRef", summary = "Create or update an organisation by its id in your system",
            description = "Creates the actor when no actor carries the external ref (system, externalId), else replaces "
                    + "its fields like replaceActor. The ref is added to externalRefs if the body omits it. Safe to repeat.")
    @APIResponse(responseCode = "200", description = "Updated, or unchanged (no new version, no event)",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the actor",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown property or malformed JSON")
    @APIResponse(responseCode = "409", description = "Archived actor, or identifier of another actor")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "Territory unknown to the territorial reference")
    public Response upsert(@Parameter(description = "Your system's name", example = "civicrm-bugey")
                           @PathParam("system") @NotBlank @Size(max = 100) String system,
                           @Parameter(description = "The actor's id in your system", example = "contact-1842")
                           @PathParam("externalId") @NotBlank @Size(max = 200) String externalId,
                           @Parameter(description = "ETag of the version this change is based on (updates only)")
                           @HeaderParam(ETags.IF_MATCH) String ifMatch,
                           @Valid @NotNull ActorInput request, @Context UriInfo uriInfo) {
        Upserted result = upserts.byRef(system, externalId, request.toProposal(), ifMatch);
        ActorResponse body = ActorResponse.of(result.actor(), reference);
        Response.ResponseBuilder response = result.outcome() == Upserted.Outcome.CREATED
                ? Response.created(uriInfo.getBaseUriBuilder().path("api/v1/actors").path(body.id().toString()).build())
                : Response.ok();
        return response.entity(body).tag(ETags.of(result.actor().version())).build();
    }
}
