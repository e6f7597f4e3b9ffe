package org.maillage.alliances.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.service.AllianceService;
import org.maillage.alliances.service.NewMember;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.MergePatch;
import org.maillage.commons.http.MergePatcher;

@Path("/api/v1/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances", description = "Multi-party alliances and their lifecycle")
public class AllianceResource {

    private final AllianceService service;
    private final MergePatcher patcher;

    public AllianceResource(AllianceService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @POST
    @APIResponse(responseCode = "403", description = "A partner key proposes only alliances its own organisation is a member of")
    @Operation(operationId = "proposeAlliance", summary = "Propose an alliance",
            description = "Who may act: a partner whose organisation is among the members, or an admin. Creates an "
                    + "alliance in state EMERGING. Every member must be a registered, non-archived actor. The "
                    + "proposer's own organisation is ACTIVE at once, every other member INVITED until it accepts "
                    + "(acceptMembership); an admin's proposal makes every member ACTIVE. Emits "
                    + "org.maillage.alliance.proposed.v1 (members: the active ones; invitedMembers: the others).")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "422", description = "A member is not a known, active actor, or a territory is not "
            + "in the territorial reference")
    public Response propose(@Valid @NotNull ProposeAllianceRequest request, @Context UriInfo uriInfo) {
        Alliance alliance = service.propose(request.details().toDomain(),
                request.members().stream().map(m -> new NewMember(m.actorId(), m.role())).toList());
        return Responses.created(uriInfo.getAbsolutePathBuilder().path(alliance.id().toString()).build(), alliance);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAlliance", summary = "Get an alliance",
            description = "Who may act: any caller with alliances:read. Members with their status (INVITED until they "
                    + "accept) and commitments with theirs (PROPOSED until their member confirms).")
    @APIResponse(responseCode = "200", description = "The alliance, with its version as ETag",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such alliance")
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @DELETE
    @APIResponse(responseCode = "403", description = "Only the lead member's organisation or an admin may change the alliance")
    @Path("/{id}")
    @Operation(operationId = "archiveAlliance", summary = "Delete (archive) an alliance",
            description = "Who may act: the lead's organisation, or an admin. Alliances are never erased: the alliance becomes a tombstone (archived: true, archivedAt) that "
                    + "stays readable by id, refuses every change (409), drops out of lists and needsAttention, and is "
                    + "listed with includeArchived=true so clients syncing with updatedSince see the deletion. Allowed "
                    + "in any state; archiving an archived alliance changes nothing. Emits org.maillage.alliance.archived.v1.")
    @APIResponse(responseCode = "200", description = "The tombstone",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such alliance")
    @APIResponse(responseCode = "409", description = "Changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response archive(@PathParam("id") UUID id,
                            @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return Responses.ok(service.archive(id, ifMatch));
    }

    @PATCH
    @APIResponse(responseCode = "403", description = "Only the lead member's organisation or an admin may change the alliance")
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchAlliance", summary = "Revise an alliance's description",
            description = "Who may act: the lead's organisation, or an admin. JSON merge patch (RFC 7396) of the AllianceDetails: name, purpose, type, territories, themes, "
                    + "objectives, addressedFragilities (arrays replace whole). Members, commitments, milestones, mediator "
                    + "and state have their own operations. Emits org.maillage.alliance.updated.v1.")
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid patch")
    @APIResponse(responseCode = "404", description = "No such alliance")
    @APIResponse(responseCode = "409", description = "Final alliance, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "A territory is not in the territorial reference")
    public Response patch(@PathParam("id") UUID id,
                          @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                          @Schema(implementation = AllianceDetailsRequest.class) JsonNode patch) {
        return Responses.ok(service.describe(id, ifMatch, current -> patcher.patch(AllianceDetailsRequest.of(current),
                patch, AllianceDetailsRequest.class).toDomain(), MergePatch.touchedFields(patch)));
    }
}
