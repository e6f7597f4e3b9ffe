package org.maillage.actors.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.service.ActorDuplicates;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.territory.TerritoryReference;
import org.maillage.commons.problem.FieldError;

@Path("/api/v1/actors/{id}/duplicate-candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorDuplicatesResource {

    private final ActorDuplicates duplicates;
    private final TerritoryReference reference;

    public ActorDuplicatesResource(ActorDuplicates duplicates, TerritoryReference reference) {
        this.duplicates = duplicates;
        this.reference = reference;
    }

    @GET
    @Operation(operationId = "findDuplicateCandidates", summary = "Find likely duplicates of an organisation",
            description = "Active actors with a similar name (ignoring accents and case) acting on the same territory, "
                    + "a commune's actors meeting those of its département. Merge a true duplicate with mergeActor.")
    @APIResponse(responseCode = "200", description = "Candidates, most similar first (at most 20)",
            content = @Content(schema = @Schema(implementation = DuplicateCandidates.class)))
    @APIResponse(responseCode = "400", description = "minScore out of range")
    @APIResponse(responseCode = "404", description = "No such actor")
    public DuplicateCandidates find(@PathParam("id") UUID id,
                                    @Parameter(description = "Lowest similarity to report, 0.3 to 1 (default 0.4)", example = "0.4")
                                    @QueryParam("minScore") Double minScore) {
        double threshold = minScore == null ? 0.4 : minScore;
        if (threshold < 0.3 || threshold > 1) {
            throw new BadRequestException("minScore must be between 0.3 and 1",
                    List.of(new FieldError("minScore", "Range", "must be between 0.3 and 1")));
        }
        return new DuplicateCandidates(duplicates.of(id, threshold).stream()
                .map(c -> new DuplicateCandidate(ActorResponse.of(c.actor(), reference), c.score())).toList());
    }
}
