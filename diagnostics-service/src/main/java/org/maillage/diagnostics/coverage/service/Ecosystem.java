package org.maillage.diagnostics.coverage.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.coverage.domain.KnownActor;
import org.maillage.diagnostics.territories.domain.Territory;

/**
 * The actors and alliances of a territory.
 *
 * @param byWorld     world → kind → number of actors
 * @param professions profession → number of actors with a person of that profession
 */
public record Ecosystem(Territory territory, int actorCount, Map<String, Map<String, Integer>> byWorld,
                        Map<String, Integer> professions, Map<String, Integer> alliancesByState, List<PresentActor> actors) {

    /**
     * @param relation LOCAL (acts on the territory or inside it), WIDER (acts on a territory containing it) or
     *                 ALLIANCE (member of an alliance acting there)
     */
    public record PresentActor(UUID actorId, @Schema(maxLength = KnownActor.MAX_NAME) String name,
                               @Schema(maxLength = KnownActor.MAX_CATEGORY) String kind,
                               @Schema(maxLength = KnownActor.MAX_CATEGORY) String world,
                               @Schema(enumeration = {"LOCAL", "WIDER", "ALLIANCE"}) String relation) {
    }
}
