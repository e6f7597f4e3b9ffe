package org.maillage.gateway.overview;

import io.vertx.ext.web.RoutingContext;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.web.RequestIds;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.CurrentCaller;

@Path("/api/v1/territories/{code}/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories")
@SecurityRequirement(name = "apiKey", scopes = "diagnostics:read")
@SecurityRequirement(name = "bearer", scopes = "diagnostics:read")
public class TerritoryOverviewResource {

    private final TerritoryOverviews overviews;

    public TerritoryOverviewResource(TerritoryOverviews overviews) {
        this.overviews = overviews;
    }

    @GET
    @Operation(operationId = "getTerritoryOverview", summary = "A territory at a glance",
            description = "The territory, its latest published diagnostic with its priorities and their coverage by "
                    + "alliances, proven alliances elsewhere for the priorities left uncovered, the actors acting there by "
                    + "world, and its alliances by state — asked of the three "
                    + "services at once. When a service fails or is slow, the other parts still come back and "
                    + "`degraded` names what is missing; actors and alliances need actors:read and alliances:read, "
                    + "otherwise `withheld` names them.")
    @APIResponse(responseCode = "200", description = "The overview, possibly degraded",
            content = @Content(schema = @Schema(implementation = TerritoryOverview.class)))
    @APIResponse(responseCode = "404", description = "No territory with that code")
    @APIResponse(responseCode = "400", description = "Unknown level")
    public CompletionStage<Response> overview(
            @Parameter(description = "INSEE/COG code of a commune, EPCI (SIREN), département or région", example = "93")
            @PathParam("code") @Size(max = 30) String code,
            @Parameter(description = "Level of the code when several territories share it (the smallest by default)",
                    example = "DEPARTEMENT") @QueryParam("level") @Size(max = 20) String level,
            @Context RoutingContext context) {
        AuthenticatedCaller caller = CurrentCaller.of(context);
        String requestId = context.request().getHeader(RequestIds.HEADER);
        return overviews.of(code, level, caller, requestId).map(outcome -> outcome.refusal() == null
                ? Response.ok(outcome.overview()).build()
                : Response.status(outcome.refusal().status())
                        .type(outcome.refusal().contentType())
                        .entity(outcome.refusal().body().getBytes())
                        .build())
                .toCompletionStage();
    }
}
