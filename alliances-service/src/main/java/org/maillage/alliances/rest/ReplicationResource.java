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
import org.maillage.alliances.service.Lineages;
import org.maillage.alliances.service.Replications;

@Path("/api/v1/alliances/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
@APIResponse(responseCode = "404", description = "No such alliance")
public class ReplicationResource {

    private final Replications replications;
    private final Lineages lineages;

    public ReplicationResource(Replications replications, Lineages lineages) {
        this.replications = replications;
        this.lineages = lineages;
    }

    @POST
    @Path("/replications")
    @Operation(operationId = "replicateAlliance", summary = "Start a proven alliance again in another territory",
            description = "Who may act: a partner, for its own organisation, or an admin naming the lead "
                    + "(leadActorId). The source must be proven: it reached at least one objective (a recorded result "
                    + "reaches its target) or closed as ACHIEVED or SCALED. The new alliance is EMERGING, acts on the "
                    + "territories given (none of them one of the source's), has the lead as its only member (ACTIVE) "
                    + "and replicatedFrom the source. Carried over: type, purpose, themes, and the objectives' title, "
                    + "indicator, baseline and target. Not carried over: members, commitments, milestones, mediator, "
                    + "the objectives' due dates and results, and the addressed fragilities, which belong to the source "
                    + "territory's diagnostic (the themes say what they were about). Emits "
                    + "org.maillage.alliance.proposed.v1 (replicatedFrom set) and org.maillage.alliance.replicated.v1.")
    @APIResponse(responseCode = "201", description = "The new alliance, with its version as ETag",
            content = @Content(schema = @Schema(implementation = AllianceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, or a blank name")
    @APIResponse(responseCode = "403", description = "A partner key names another organisation than its own as lead")
    @APIResponse(responseCode = "409", description = "The source is not proven (code NotProven) or was archived")
    @APIResponse(responseCode = "422", description = "A territory is the source's (SourceTerritory) or not in the "
            + "territorial reference, the lead is not a known, active actor, or no lead is named by a caller "
            + "acting for no organisation")
    public Response replicate(@PathParam("id") UUID id, @Valid @NotNull ReplicationRequest request,
                              @Context UriInfo uriInfo) {
        ReplicationRequest checked = request.checked();
        Alliance alliance = replications.replicate(id, checked.territories(), checked.name(), checked.leadActorId());
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/alliances").path(alliance.id().toString())
                .build(), alliance);
    }

    @GET
    @Path("/lineage")
    @Operation(operationId = "getAllianceLineage", summary = "The tree of replications an alliance belongs to",
            description = "Who may act: any caller with alliances:read. From the root ancestor down, each alliance "
                    + "with its replications, oldest first, at most " + Lineages.MAX_DEPTH + " generations up from the "
                    + "alliance and down from the root and " + Lineages.MAX_NODES + " alliances (truncated: true "
                    + "when more were left out). A deleted (archived) alliance keeps its place with only id, "
                    + "territories, replicatedFrom and replications (withheld: true).")
    @APIResponse(responseCode = "200", description = "The lineage",
            content = @Content(schema = @Schema(implementation = LineageResponse.class)))
    public LineageResponse lineage(@PathParam("id") UUID id) {
        return LineageResponse.of(id, lineages.of(id));
    }
}
