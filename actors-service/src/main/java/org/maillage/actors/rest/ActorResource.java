package org.maillage.actors.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.service.ActorReads;
import org.maillage.actors.service.ActorService;
import org.maillage.commons.http.ETags;
import org.maillage.commons.idempotency.Idempotency;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.territory.TerritoryReference;
import org.maillage.commons.paging.PageResponses;

@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Organisations of the registry")
public class ActorResource {

    private final ActorService service;
    private final ActorReads reads;
    private final ActorFilters filters;
    private final TerritoryReference reference;

    public ActorResource(ActorService service, ActorReads reads, ActorFilters filters, TerritoryReference reference) {
        this.service = service;
        this.reads = reads;
        this.filters = filters;
        this.reference = reference;
    }

    @POST
    @Operation(operationId = "registerActor", summary = "Register an organisation",
            description = "Registers an actor; its world is derived from its kind. Identifiers and external refs must "
                    + "not belong to another actor. Emits org.maillage.actor.registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (format, check digit, unknown property, malformed JSON)")
    @APIResponse(responseCode = "409", description = "An identifier or external ref belongs to another actor, "
            + "whose id is the message of the field error")
    @APIResponse(responseCode = "422", description = "A territory or commune code unknown to the territorial "
            + "reference, or an Idempotency-Key reused with another body")
    public Response register(@Valid @NotNull ActorInput request, @Context UriInfo uriInfo) {
        Actor actor = service.register(request.toProposal());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(actor.id().toString()).build())
                .tag(ETags.of(actor.version()))
                .entity(ActorResponse.of(actor, reference))
                .build();
    }

    @GET
    @Operation(operationId = "listActors", summary = "Search and list organisations",
            description = "Cursor-paginated (keyset): in registration order, or by (updatedAt, id) with updatedSince. "
                    + "Follow nextCursor or the Link rel=\"next\" header. Archived actors are left out unless "
                    + "includeArchived=true, which returns them as tombstones (archived: true).")
    @APIResponse(responseCode = "200", description = "A page of actors",
            content = @Content(schema = @Schema(implementation = ActorPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or filter")
    @APIResponse(responseCode = "422", description = "Unknown territory in the territory filter")
    public Response list(@Valid @BeanParam ActorListParams params, @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(params.limit, params.cursor);
        var filter = filters.parse(params);
        CursorPage<ActorResponse> body = CursorPage.fromSlice(reads.page(filter, page), page,
                a -> ActorResponse.of(a, reference),
                a -> new KeysetCursor(filter.sync().bySync() ? a.updatedAt() : a.createdAt(), a.id()).encode());
        return PageResponses.ok(body, uriInfo);
    }
}
