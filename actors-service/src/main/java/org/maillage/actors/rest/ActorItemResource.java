package org.maillage.actors.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorView;
import org.maillage.actors.service.ActorReads;
import org.maillage.actors.service.ActorService;
import org.maillage.commons.http.ETags;
import org.maillage.territory.TerritoryReference;
import org.maillage.commons.http.MergePatch;
import org.maillage.commons.http.MergePatcher;

@Path("/api/v1/actors/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorItemResource {

    private static final String IF_MATCH = "ETag of the version this change is based on; 412 if the actor changed since";

    private final ActorService service;
    private final ActorReads reads;
    private final TerritoryReference reference;
    private final MergePatcher patcher;

    public ActorItemResource(ActorService service, ActorReads reads, TerritoryReference reference, MergePatcher patcher) {
        this.service = service;
        this.reads = reads;
        this.reference = reference;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "getActor", summary = "Get an organisation",
            description = "Archived actors are returned too, with archived: true (and mergedInto after a merge).")
    @APIResponse(responseCode = "200", description = "The actor, with its version as ETag",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such actor")
    public Response get(@PathParam("id") UUID id) {
        return ok(reads.get(id));
    }

    @PUT
    @APIResponse(responseCode = "403", description = "Partner keys change only their own organisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceActor", summary = "Replace an organisation's fields",
            description = "Sets every client-settable field (absent ones are cleared). A change emits "
                    + "org.maillage.actor.updated.v1 with the changed field names; no change, no event.")
    @APIResponse(responseCode = "200", description = "The actor after the change",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown property or malformed JSON")
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "409", description = "Archived actor, or identifier/external ref of another actor")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "Territory unknown to the territorial reference")
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                            @Valid @NotNull ActorInput request) {
        return ok(service.update(id, request.toProposal(), ifMatch));
    }

    @PATCH
    @APIResponse(responseCode = "403", description = "Partner keys change only their own organisation")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchActor", summary = "Change some fields of an organisation",
            description = "JSON merge patch (RFC 7396) of the ActorInput document: members set a field, null clears "
                    + "it, address merges, lists are replaced whole.")
    // The contract derives the ActorInputPatch schema from ActorInput (commons MergePatchSchemas).
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ActorInput.class),
            examples = @ExampleObject(name = "rename and clear the phone",
                    value = "{\"name\": \"Ambérieu Solidarités et Partage\", \"phone\": null}")))
    @APIResponse(responseCode = "200", description = "The actor after the change",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field after patching, unknown property, malformed JSON")
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "409", description = "Archived actor, or identifier/external ref of another actor")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "Territory unknown to the territorial reference")
    public Response patch(@PathParam("id") UUID id,
                          @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                          JsonNode patch) {
        return ok(service.patch(id, current -> patcher.patch(ActorInput.of(current), patch, ActorInput.class).toProposal(),
                ifMatch));
    }

    @DELETE
    @APIResponse(responseCode = "403", description = "Partner keys change only their own organisation")
    @Operation(operationId = "archiveActor", summary = "Archive an organisation",
            description = "Actors are never deleted: the actor becomes a tombstone that sync clients see with "
                    + "includeArchived=true. Emits org.maillage.actor.archived.v1; archiving again changes nothing.")
    @APIResponse(responseCode = "200", description = "The archived actor",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response archive(@PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(service.archive(id, ifMatch));
    }

    private Response ok(Actor actor) {
        return ok(actor.view());
    }

    private Response ok(ActorView actor) {
        return Response.ok(ActorResponse.of(actor, reference)).tag(ETags.of(actor.version())).build();
    }
}
