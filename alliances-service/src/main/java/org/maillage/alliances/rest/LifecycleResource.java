package org.maillage.alliances.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.alliances.domain.AllianceStatus;
import org.maillage.alliances.service.LifecycleService;
import org.maillage.commons.http.ETags;
import org.maillage.commons.problem.Problem;

@Path("/api/v1/alliances/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class LifecycleResource {

    static final String REFUSED_EXAMPLE = """
            {"type":"https://maillage.org/problems/conflict","title":"Conflict","status":409,
             "detail":"The alliance cannot go from BUILDING to AGREED: active members must come from at least two different worlds; represented: [NONPROFIT]",
             "errors":[{"field":"to","code":"SingleWorld","message":"active members must come from at least two different worlds; represented: [NONPROFIT]"},
                       {"field":"to","code":"NoObjective","message":"at least one objective is needed"}]}""";

    private final LifecycleService service;

    public LifecycleResource(LifecycleService service) {
        this.service = service;
    }

    @POST
    @APIResponse(responseCode = "403", description = "Only the lead (into or out of IN_MEDIATION, also the mediator) or an admin may move the alliance")
    @Path("/transitions")
    @Operation(operationId = "transitionAlliance", summary = "Move the alliance to another state",
            description = "Who may act: the lead's organisation, or an admin; into and out of IN_MEDIATION also the "
                    + "assigned mediator's organisation (and for nothing else). Applies the transition when the lifecycle allows it and every guard holds (see the API "
                    + "description for the state machine and guards). A refusal is a 409 problem whose errors list every "
                    + "unmet condition, field `to`, with a stable code. Emits org.maillage.alliance.state-changed.v1 "
                    + "with from, to and reason.")
    @APIResponse(responseCode = "200", description = "Moved; the alliance as it now is",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such alliance")
    @APIResponse(responseCode = "409", description = "Refused: every unmet condition is listed; or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "refused", value = REFUSED_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "An outcome given with a state other than CLOSING or CLOSED")
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionRequest request) {
        return Responses.ok(service.transition(id, ifMatch, request.to(), request.reason(), request.outcome()));
    }

    @GET
    @Path("/status")
    @Operation(operationId = "getAllianceStatus", summary = "Status of an alliance, for mediators",
            description = """
                    Who may act: any caller with alliances:read. State, since when, every state reachable next with `allowed` and its unmet conditions, signals and \
                    attention flags.

                    **Balance index** — how evenly the members expected to contribute (active LEAD, PARTNER, FUNDER) \
                    share the contributions. Amounts in different units cannot be added, so shares are taken per unit \
                    and averaged: s_i = mean over units u of (a_i,u / A_u), a_i,u being what member i pledged or \
                    delivered in unit u (confirmed commitments only: proposed, declined and withdrawn excluded) and \
                    A_u the total in u. The index is the normalised Shannon \
                    entropy of the shares (Pielou's evenness) J = −Σ s_i·ln(s_i) / ln(n), n the number of such members: \
                    0 = one member carries everything, 1 = evenly shared; null with fewer than two such members or no \
                    commitment.

                    **Attention flags** (none on CLOSED or ABANDONED): `STALLED` no change for \
                    `maillage.alliances.attention.stalled-after-days` days (default 30); `IMBALANCED` balance index \
                    below `maillage.alliances.attention.imbalanced-below` (default 0.5); `OVERDUE` a milestone or \
                    pledged commitment past its due date; `MEMBER_ARCHIVED` an active member was archived in the \
                    actors registry.

                    **Pending** — `pendingInvitations` lists the organisations invited and not answered yet, \
                    `pendingCommitments` the commitments the lead proposed in a member's name with the member whose \
                    confirmation is awaited; neither counts in totals, guards or the balance index until accepted.""")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(schema = @Schema(implementation = AllianceStatus.class)))
    @APIResponse(responseCode = "404", description = "No such alliance")
    public AllianceStatus status(@PathParam("id") UUID id) {
        return service.status(id);
    }
}
