package org.maillage.alliances.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;

/**
 * Data of org.maillage.alliance.updated.v1: which descriptive fields changed, and the current territories,
 * themes, addressed fragilities and objectives (with their results) in full, so consumers keep their coverage
 * without calling back.
 */
public record AllianceUpdated(UUID allianceId, Set<String> changedFields, Set<String> territories, Set<String> themes,
                              List<FragilityRef> addressedFragilities, long version, Instant updatedAt,
                              List<ObjectiveData> objectives) {

    public static AllianceUpdated of(Alliance alliance, Set<String> changedFields) {
        var details = alliance.details();
        return new AllianceUpdated(alliance.id(), changedFields, details.territories(), details.themes(),
                FragilityRef.of(details), alliance.version(), alliance.updatedAt(),
                ObjectiveData.of(alliance.objectives()));
    }
}
