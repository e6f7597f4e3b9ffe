package org.maillage.gateway.overview;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A territory at a glance, composed from the three services in parallel. A part whose service "
        + "failed or was too slow is null and named in degraded; a part the caller's scopes do not cover is null and "
        + "named in withheld.")
// A null part says which part is missing, so it is written out, unlike the absent fields of other answers.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TerritoryOverview(
        @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "The territory, as getTerritory answers it (diagnostics-service)")
        JsonNode territory,
        @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "The latest published diagnostic's priorities and which alliances cover them, as "
                        + "getTerritoryCoverage answers it; null when the territory has no published diagnostic")
        JsonNode diagnostic,
        @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "Proven alliances elsewhere for the diagnostic's uncovered priorities, with their reasons,"
                        + " as getTerritorySuggestions answers it; null when the territory has no published diagnostic")
        JsonNode suggestions,
        @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "Actors acting on the territory by world and kind, as summariseActors answers it")
        JsonNode actors,
        @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "Alliances acting on the territory by state, as summariseAlliances answers it")
        JsonNode alliances,
        @Schema(description = "Parts missing because their service failed", maxItems = 5,
                examples = "[\"alliances\"]")
        List<Part> degraded,
        @Schema(description = "Parts left out because the caller may not read them", maxItems = 5,
                examples = "[]")
        List<Part> withheld) {

    /** The parts of an overview, named as in the response. */
    public enum Part {
        territory, diagnostic, suggestions, actors, alliances
    }
}
