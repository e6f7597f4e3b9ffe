package org.maillage.actors.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.maillage.actors.domain.Person;
import org.maillage.actors.service.PersonService;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.MergePatch;
import org.maillage.commons.http.MergePatcher;

@Path("/api/v1/actors/{actorId}/people/{personId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonItemResource {

    private static final String IF_MATCH = "ETag of the version this change is based on; 412 if the person changed since";
    private final PersonService service;
    private final MergePatcher patcher;

    public PersonItemResource(PersonService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "getPerson", summary = "Get a person")
    @APIResponse(responseCode = "200", description = "The person, with its version as ETag",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "404", description = "No such person in this actor")
    public Response get(@PathParam("actorId") UUID actorId, @PathParam("personId") UUID personId) {
        return ok(service.get(actorId, personId));
    }

    @PUT
    @APIResponse(responseCode = "403", description = "Partner keys change only the people of their own organisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePerson", summary = "Replace a person's fields",
            description = "Emits org.maillage.person.updated.v1 when something changed.")
    @APIResponse(responseCode = "200", description = "The person after the change",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Removed person")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response replace(@PathParam("actorId") UUID actorId, @PathParam("personId") UUID personId,
                            @Parameter(description = IF_MATCH) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                            @Valid @NotNull PersonInput request) {
        return ok(service.update(actorId, personId, request.toDraft(), ifMatch));
    }

    @PATCH
    @APIResponse(responseCode = "403", description = "Partner keys change only the people of their own organisation")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchPerson", summary = "Change some fields of a person (JSON merge patch)")
    // The contract derives the PersonInputPatch schema from PersonInput (commons MergePatchSchemas).
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PersonInput.class),
            examples = @ExampleObject(name = "withdraw consent", value = "{\"contactConsent\": false}")))
    @APIResponse(responseCode = "200", description = "The person after the change",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Removed person")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response patch(@PathParam("actorId") UUID actorId, @PathParam("personId") UUID personId,
                          @Parameter(description = IF_MATCH) @HeaderParam(ETags.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(actorId, personId,
                current -> patcher.patch(PersonInput.of(current), patch, PersonInput.class).toDraft(), ifMatch));
    }

    @DELETE
    @APIResponse(responseCode = "403", description = "Partner keys change only the people of their own organisation")
    @Operation(operationId = "removePerson", summary = "Remove a person from an organisation",
            description = "The person stays as a tombstone for sync clients. Emits org.maillage.person.removed.v1.")
    @APIResponse(responseCode = "200", description = "The removed person",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response remove(@PathParam("actorId") UUID actorId, @PathParam("personId") UUID personId,
                           @Parameter(description = IF_MATCH) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(service.remove(actorId, personId, ifMatch));
    }

    @POST
    @APIResponse(responseCode = "403", description = "Partner keys change only the people of their own organisation")
    @Path("/erasure")
    @Operation(operationId = "erasePerson", summary = "Erase a person's personal data (right to erasure)",
            description = "Wipes every personal field for good, here and in recorded idempotent responses; the person "
                    + "remains as an erased tombstone. Emits org.maillage.person.erased.v1, without personal data.")
    @APIResponse(responseCode = "200", description = "The erased tombstone",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "404", description = "No such person")
    public Response erase(@PathParam("actorId") UUID actorId, @PathParam("personId") UUID personId) {
        return ok(service.erase(actorId, personId));
    }

    private static Response ok(Person person) {
        return Response.ok(PersonResponse.of(person)).tag(ETags.of(person.version())).build();
    }
}
