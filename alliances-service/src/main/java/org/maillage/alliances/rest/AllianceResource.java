package org.maillage.alliances.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.service.AllianceService;
import org.maillage.alliances.service.NewMember;
import org.maillage.commons.problem.Problem;

@Path("/api/v1/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances", description = "Multi-party alliances and their lifecycle")
public class AllianceResource {

    private final AllianceService service;

    public AllianceResource(AllianceService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "proposeAlliance", summary = "Propose an alliance",
            description = "Creates an alliance in state EMERGING. Every member must be a registered, non-archived actor. "
                    + "Emits org.maillage.alliance.proposed.v1.")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A member is not a known, active actor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(@Valid @NotNull ProposeAllianceRequest request, @Context UriInfo uriInfo) {
        Alliance alliance = service.propose(request.name(), request.purpose(),
                request.members().stream().map(m -> new NewMember(m.actorId(), m.role())).toList());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(alliance.id().toString()).build())
                .tag(etagOf(alliance))
                .entity(AllianceResponse.of(alliance))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAlliance", summary = "Get an alliance")
    @APIResponse(responseCode = "200", description = "The alliance, with its version as ETag",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such alliance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Alliance alliance = service.get(id);
        return Response.ok(AllianceResponse.of(alliance)).tag(etagOf(alliance)).build();
    }

    private static EntityTag etagOf(Alliance alliance) {
        return new EntityTag(Long.toString(alliance.version()));
    }
}
