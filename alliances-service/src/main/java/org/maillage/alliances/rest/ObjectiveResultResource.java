package org.maillage.alliances.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.alliances.service.ObjectiveResults;
import org.maillage.commons.http.ETags;

@Path("/api/v1/alliances/{id}/objectives/{objectiveId}/result")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class ObjectiveResultResource {

    private final ObjectiveResults results;

    public ObjectiveResultResource(ObjectiveResults results) {
        this.results = results;
    }

    @PUT
    @Operation(operationId = "recordObjectiveResult", summary = "Record an objective's measured result",
            description = "Who may act: an active member's organisation (any role, an EVALUATOR included), the "
                    + "assigned mediator's organisation, or an admin. From ACTIVE on (ACTIVE, IN_MEDIATION, "
                    + "UNDER_REVIEW, CLOSING), for an objective with a target; replaces the objective's previous result. "
                    + "reached is decided from baseline and target: a target at or above the baseline, or without "
                    + "baseline, is reached at or above it; a target below the baseline at or below it. Emits "
                    + "org.maillage.alliance.updated.v1 with objectives in changedFields.")
    @APIResponse(responseCode = "200", description = "Recorded; the alliance as it now is, with its version as ETag",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "403", description = "Neither an active member's organisation, nor the mediator's, nor an admin")
    @APIResponse(responseCode = "404", description = "No such alliance, or no such objective in it")
    @APIResponse(responseCode = "409", description = "Not ACTIVE yet (code NotActing), the objective has no target "
            + "(ObjectiveWithoutTarget), final or archived alliance, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "measuredOn is after today (MeasuredInFuture)")
    public Response record(@PathParam("id") UUID id, @PathParam("objectiveId") UUID objectiveId,
                           @Parameter(description = Responses.IF_MATCH_DESCRIPTION) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                           @Valid @NotNull ObjectiveResultRequest request) {
        return Responses.ok(results.record(id, objectiveId, ifMatch, request.value(), request.measuredOn()));
    }
}
