package org.maillage.actors.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.World;
import org.maillage.actors.repository.ActorFilter;
import org.maillage.actors.service.ActorService;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.commons.problem.Problem;
import org.maillage.commons.web.QueryParams;

@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Organisations of the registry")
public class ActorResource {

    private final ActorService service;

    public ActorResource(ActorService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "registerActor", summary = "Register an organisation",
            description = "Registers an actor; its world is derived from its kind. Emits org.maillage.actor.registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterActorRequest request, @Context UriInfo uriInfo) {
        Actor actor = service.register(request.name(), request.kind());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(actor.id().toString()).build())
                .tag(etagOf(actor))
                .entity(ActorResponse.of(actor))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActor", summary = "Get an organisation")
    @APIResponse(responseCode = "200", description = "The actor, with its version as ETag",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such actor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Actor actor = service.get(id);
        return Response.ok(ActorResponse.of(actor)).tag(etagOf(actor)).build();
    }

    @GET
    @Operation(operationId = "listActors", summary = "List organisations",
            description = "Cursor-paginated, in registration order. Follow nextCursor or the Link rel=\"next\" header.")
    @APIResponse(responseCode = "200", description = "A page of actors",
            content = @Content(schema = @Schema(implementation = ActorPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Only actors of this kind", schema = @Schema(implementation = ActorKind.class)) @QueryParam("kind") String kind,
                         @Parameter(description = "Only actors of this world", schema = @Schema(implementation = World.class)) @QueryParam("world") String world,
                         @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") Integer limit,
                         @Parameter(description = "Cursor from a previous page") @QueryParam("cursor") String cursor,
                         @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        CursorPage<ActorResponse> body = CursorPage.fromSlice(service.page(filter(kind, world), page), page,
                ActorResponse::of, a -> new KeysetCursor(a.createdAt(), a.id()).encode());
        return PageResponses.ok(body, uriInfo);
    }

    private static ActorFilter filter(String kind, String world) {
        return new ActorFilter(QueryParams.enumValue(ActorKind.class, "kind", kind),
                QueryParams.enumValue(World.class, "world", world));
    }

    private static EntityTag etagOf(Actor actor) {
        return new EntityTag(Long.toString(actor.version()));
    }
}
