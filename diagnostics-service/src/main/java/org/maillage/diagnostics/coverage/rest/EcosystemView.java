package org.maillage.diagnostics.coverage.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.openapi.Count;
import org.maillage.diagnostics.coverage.service.Ecosystem;
import org.maillage.diagnostics.coverage.service.EcosystemService;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.rest.TerritoryKeyView;

@Schema(name = "Ecosystem", description = "Actors acting on a territory (on it, inside it, on a territory containing"
        + " it, or through an alliance acting there), by world and kind; professions present; alliances by state")
public record EcosystemView(
        TerritoryKeyView territory,
        @Schema(example = "Seine-Saint-Denis", maxLength = Bounds.TERRITORY_NAME) String territoryName,
        @Schema(description = "Every actor acting on the territory, also those beyond the list `actors`", example = "12",
                minimum = "0", maximum = Bounds.INT_MAX) int actorCount,
        @Schema(description = "world → kind → number of actors", implementation = ActorCountsByWorld.class,
                example = "{\"NONPROFIT\": {\"ASSOCIATION\": 7, \"FOUNDATION\": 1}, \"PUBLIC\": {\"LOCAL_AUTHORITY\": 3}}")
        Map<String, Map<String, Integer>> byWorld,
        @Schema(description = "profession → number of actors with a person of that profession", additionalProperties = Count.class,
                example = "{\"TERRITORIAL_CATALYST\": 2, \"INTER_ORGANISATION_MEDIATOR\": 1}")
        Map<String, Integer> professions,
        @Schema(example = "{\"ACTIVE\": 2, \"EMERGING\": 1}", additionalProperties = Count.class)
        Map<String, Integer> alliancesByState,
        @Schema(description = "The first " + EcosystemService.MAX_ACTORS_SHOWN + " actors by id: when actorCount is larger,"
                + " the list is cut (the counts by world, kind and profession include every actor)",
                maxItems = EcosystemService.MAX_ACTORS_SHOWN) List<Ecosystem.PresentActor> actors) {

    static EcosystemView of(Ecosystem e) {
        return new EcosystemView(TerritoryKeyView.of(e.territory().key()), e.territory().name(), e.actorCount(),
                e.byWorld(), e.professions(), e.alliancesByState(), e.actors());
    }
}
