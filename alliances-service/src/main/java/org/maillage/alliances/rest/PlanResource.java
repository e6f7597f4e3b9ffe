package org.maillage.alliances.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.maillage.alliances.domain.Commitment;
import org.maillage.alliances.domain.Milestone;
import org.maillage.alliances.service.Created;
import org.maillage.alliances.service.PlanService;
import org.maillage.commons.http.ETags;

@Path("/api/v1/alliances/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
@APIResponse(responseCode = "404", description = "No such alliance, commitment or milestone")
@APIResponse(responseCode = "409", description = "Final alliance or commitment, a status change the commitment's status does not allow, milestone already reached, or changed concurrently")
@APIResponse(responseCode = "412", description = "If-Match does not match the current version")
public class PlanResource {

    private final PlanService service;

    public PlanResource(PlanService service) {
        this.service = service;
    }

    @POST
    @APIResponse(responseCode = "403", description = "Neither the member's own organisation, nor the lead's, nor an admin")
    @Path("/commitments")
    @Operation(operationId = "pledgeCommitment", summary = "Pledge a commitment",
            description = "Who may act: the organisation of the member the commitment is attributed to (memberActorId), "
                    + "the lead's organisation, or an admin. An active member pledges money, skills, goods or network: "
                    + "its own pledge (or an admin's) is PLEDGED (emits org.maillage.alliance.commitment-pledged.v1); "
                    + "the lead's pledge in another member's name is PROPOSED (emits commitment-proposed.v1) and counts "
                    + "nowhere until that member confirms it (confirmCommitment). An invited member accepts first. "
                    + "amount: more than 0, at most 1000000000000, at most 2 decimals.")
    @APIResponse(responseCode = "201", description = "Pledged or proposed; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "422", description = "Not an active member (codes NotAMember, InvitationPending)")
    public Response pledge(@PathParam("id") UUID id,
                           @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                           @Valid @NotNull CommitmentRequest request, @Context UriInfo uriInfo) {
        Created<Commitment> created = service.pledge(id, ifMatch, request.memberActorId(), request.kind(), request.amount(),
                request.unit(), request.dueDate());
        return Responses.created(uriInfo.getAbsolutePathBuilder().path(created.item().id().toString()).build(),
                created.alliance());
    }

    @PUT
    @APIResponse(responseCode = "403", description = "Not the member's organisation, nor (where allowed) the lead's, nor an admin")
    @Path("/commitments/{commitmentId}/status")
    @Operation(operationId = "settleCommitment", summary = "Deliver or withdraw a commitment",
            description = "PLEDGED → DELIVERED or WITHDRAWN, PROPOSED → WITHDRAWN, once. Who may act: the member's "
                    + "organisation (it may always withdraw its own pledge), or an admin; the lead's organisation may "
                    + "also record a delivery and withdraw its own proposal. Emits "
                    + "org.maillage.alliance.commitment-delivered.v1 or commitment-withdrawn.v1.")
    @APIResponse(responseCode = "200", description = "Settled; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    public Response settle(@PathParam("id") UUID id, @PathParam("commitmentId") UUID commitmentId,
                           @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                           @Valid @NotNull CommitmentStatusRequest request) {
        return Responses.ok(service.settle(id, ifMatch, commitmentId, request.status()));
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only the member the commitment was proposed to, or an admin")
    @Path("/commitments/{commitmentId}/confirmation")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "confirmCommitment", summary = "The member confirms a commitment proposed in its name",
            description = "Who may act: the organisation of the member the commitment is attributed to, or an admin. "
                    + "PROPOSED → PLEDGED: it now counts in totals, guards and the balance index. Emits "
                    + "org.maillage.alliance.commitment-confirmed.v1.")
    @APIResponse(responseCode = "200", description = "Confirmed; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    public Response confirm(@PathParam("id") UUID id, @PathParam("commitmentId") UUID commitmentId,
                            @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return Responses.ok(service.answer(id, ifMatch, commitmentId, true));
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only the member the commitment was proposed to, or an admin")
    @Path("/commitments/{commitmentId}/decline")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "declineCommitment", summary = "The member declines a commitment proposed in its name",
            description = "Who may act: the organisation of the member the commitment is attributed to, or an admin. "
                    + "PROPOSED → DECLINED, final. Emits org.maillage.alliance.commitment-declined.v1.")
    @APIResponse(responseCode = "200", description = "Declined; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    public Response decline(@PathParam("id") UUID id, @PathParam("commitmentId") UUID commitmentId,
                            @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return Responses.ok(service.answer(id, ifMatch, commitmentId, false));
    }

    @PUT
    @APIResponse(responseCode = "403", description = "A pledged commitment is revised by its member, a proposed one by the lead (or an admin)")
    @Path("/commitments/{commitmentId}")
    @Operation(operationId = "amendCommitment", summary = "Revise a pledged commitment",
            description = "Kind, amount, unit and due date of a commitment still PLEDGED or PROPOSED; memberActorId "
                    + "must be the member it is attributed to. Who may act: for a PLEDGED commitment the member's "
                    + "organisation, for a PROPOSED one the lead's; or an admin. Emits "
                    + "org.maillage.alliance.commitment-amended.v1.")
    @APIResponse(responseCode = "200", description = "Revised; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "422", description = "memberActorId is not the member the commitment is attributed to")
    public Response amend(@PathParam("id") UUID id, @PathParam("commitmentId") UUID commitmentId,
                          @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                          @Valid @NotNull CommitmentRequest request) {
        return Responses.ok(service.amend(id, ifMatch, commitmentId, request.memberActorId(), request.kind(),
                request.amount(), request.unit(), request.dueDate()));
    }

    @PUT
    @APIResponse(responseCode = "403", description = "Only the lead member's organisation or an admin may change the alliance")
    @Path("/milestones/{milestoneId}")
    @Operation(operationId = "rescheduleMilestone", summary = "Rename or move a milestone not reached yet",
            description = "Who may act: the lead's organisation, or an admin. Emits "
                    + "org.maillage.alliance.milestone-rescheduled.v1.")
    @APIResponse(responseCode = "200", description = "Rescheduled; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    public Response reschedule(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
                               @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                               @Valid @NotNull MilestoneRequest request) {
        return Responses.ok(service.reschedule(id, ifMatch, milestoneId, request.title(), request.dueDate()));
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only the lead member's organisation or an admin may change the alliance")
    @Path("/milestones")
    @Operation(operationId = "planMilestone", summary = "Plan a milestone",
            description = "Who may act: the lead's organisation, or an admin. Emits "
                    + "org.maillage.alliance.milestone-planned.v1.")
    @APIResponse(responseCode = "201", description = "Planned; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    public Response plan(@PathParam("id") UUID id,
                         @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                         @Valid @NotNull MilestoneRequest request, @Context UriInfo uriInfo) {
        Created<Milestone> created = service.plan(id, ifMatch, request.title(), request.dueDate());
        return Responses.created(uriInfo.getAbsolutePathBuilder().path(created.item().id().toString()).build(),
                created.alliance());
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only the lead member's organisation or an admin may change the alliance")
    @Path("/milestones/{milestoneId}/reached")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "reachMilestone", summary = "Mark a milestone reached",
            description = "Who may act: the lead's organisation, or an admin. Sets doneAt to now. Emits "
                    + "org.maillage.alliance.milestone-reached.v1.")
    @APIResponse(responseCode = "200", description = "Reached; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    public Response reach(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
                          @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return Responses.ok(service.reach(id, ifMatch, milestoneId));
    }
}
