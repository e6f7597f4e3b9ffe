package org.maillage.actors.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.service.ActorService;
import org.maillage.vocabulary.Theme;

@Path("/api/v1/actors/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorSummaryResource {

    private final ActorService service;
    private final ActorFilters filters;

    public ActorSummaryResource(ActorService service, ActorFilters filters) {
        this.service = service;
        this.filters = filters;
    }

    @GET
    @Operation(operationId = "summariseActors", summary = "Count organisations by world and kind",
            description = "Living (not archived) actors, all of them or those acting on a territory — on it, inside "
                    + "it or on a territory containing it, as the list's territory filter — possibly on one theme.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = ActorSummary.class)))
    @APIResponse(responseCode = "400", description = "Unknown theme")
    @APIResponse(responseCode = "422", description = "Territory unknown to the territorial reference")
    public ActorSummary summary(
            @QueryParam("territory") @Parameter(description = "An INSEE/COG code (the smallest territory with that "
                    + "code) or LEVEL:code", example = "93") @Size(max = 30) String territory,
            @QueryParam("theme") @Parameter(description = "Only actors working on this theme",
                    schema = @Schema(implementation = Theme.class)) String theme) {
        return ActorSummary.of(service.countsByWorldAndKind(filters.summary(territory, theme)));
    }
}
