package org.maillage.alliances.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.maillage.alliances.service.MembershipService;
import org.maillage.commons.http.ETags;

@Path("/api/v1/alliances/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class GovernanceResource {

    private final MembershipService service;

    public GovernanceResource(MembershipService service) {
        this.service = service;
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only the lead member's organisation or an admin may add members")
    @Path("/members")
    @Operation(operationId = "addMember", summary = "Add a member",
            description = "Who may act: the lead's organisation, or an admin. A registered, non-archived actor joins "
                    + "with a role; the mediator cannot. An admin adds it at once, and so does the lead adding its own "
                    + "organisation (status ACTIVE, emits org.maillage.alliance.member-joined.v1); any other "
                    + "organisation is INVITED (emits member-invited.v1): it takes part, counts in guards and balance "
                    + "and may be attributed pledges only once it accepts (acceptMembership).")
    @APIResponse(responseCode = "201", description = "Joined or invited; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such alliance")
    @APIResponse(responseCode = "409", description = "Final alliance, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "Unknown or archived actor, already a member (or invited) with this role, or the mediator")
    public Response addMember(@PathParam("id") UUID id,
                              @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                              @Valid @NotNull MemberRequest request, @Context UriInfo uriInfo) {
        Alliance alliance = service.join(id, ifMatch, request.actorId(), request.role());
        return Responses.created(uriInfo.getAbsolutePathBuilder().path(request.actorId().toString()).build(), alliance);
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only the invited organisation or an admin answers an invitation")
    @Path("/members/{actorId}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "acceptMembership", summary = "The invited organisation accepts",
            description = "Who may act: the invited organisation (actorId), or an admin. Every role it is invited to "
                    + "becomes ACTIVE (joinedAt set). Emits org.maillage.alliance.member-joined.v1 per role.")
    @APIResponse(responseCode = "200", description = "Accepted; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such alliance, or the actor is neither a member nor invited")
    @APIResponse(responseCode = "409", description = "No pending invitation, final alliance, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response accept(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId,
                           @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return Responses.ok(service.answer(id, ifMatch, actorId, true));
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only the invited organisation or an admin answers an invitation")
    @Path("/members/{actorId}/refusal")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "declineMembership", summary = "The invited organisation declines",
            description = "Who may act: the invited organisation (actorId), or an admin. Every role it is invited to "
                    + "becomes DECLINED (leftAt set). Emits org.maillage.alliance.member-declined.v1 per role.")
    @APIResponse(responseCode = "200", description = "Declined; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such alliance, or the actor is neither a member nor invited")
    @APIResponse(responseCode = "409", description = "No pending invitation, final alliance, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response decline(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId,
                            @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return Responses.ok(service.answer(id, ifMatch, actorId, false));
    }

    @DELETE
    @APIResponse(responseCode = "403", description = "Only the member itself, the lead's organisation or an admin")
    @Path("/members/{actorId}")
    @Operation(operationId = "removeMember", summary = "A member leaves",
            description = "Who may act: the member's own organisation (it may always leave), the lead's organisation, "
                    + "or an admin. The actor leaves every role it holds (LEFT, leftAt set; history is kept), or its "
                    + "pending invitation ends (DECLINED). Its open commitments end with it: pledged ones become "
                    + "WITHDRAWN, proposed ones DECLINED; delivered ones stay. The only active LEAD cannot leave (409, "
                    + "code LastLead): it adds another member as LEAD, which accepts, then leaves. Emits "
                    + "org.maillage.alliance.member-left.v1 (or member-declined.v1) per role, and "
                    + "commitment-withdrawn.v1 / commitment-declined.v1 per commitment ended.")
    @APIResponse(responseCode = "200", description = "Left; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such alliance, or no active or invited member")
    @APIResponse(responseCode = "409", description = "The only active LEAD, final alliance, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response removeMember(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId,
                                 @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return Responses.ok(service.leave(id, ifMatch, actorId));
    }

    @PUT
    @APIResponse(responseCode = "403", description = "Only the lead member's organisation or an admin may change the alliance")
    @Path("/mediator")
    @Operation(operationId = "assignMediator", summary = "Assign the mediator",
            description = "Who may act: the lead's organisation, or an admin. A neutral third party: a registered actor holding no role in the alliance (nor invited to), or a person of "
                    + "such an actor with the INTER_ORGANISATION_MEDIATOR profession (neutrality is judged on the "
                    + "person's actor). Replaces any previous mediator. Emits org.maillage.alliance.mediator-assigned.v1.")
    @APIResponse(responseCode = "200", description = "Assigned; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such alliance")
    @APIResponse(responseCode = "409", description = "Final alliance, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "Unknown or archived actor, unknown person or one without the "
            + "mediator profession, or an actor (or the person's actor) holding a role in the alliance")
    public Response assignMediator(@PathParam("id") UUID id,
                                   @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                   @Valid @NotNull MediatorRequest request) {
        return Responses.ok(service.assignMediator(id, ifMatch, request.checked().actorId(), request.personId()));
    }
}
