package org.maillage.alliances.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.territory.TerritoryKey;

/**
 * Filters of the alliance list; null means "any". territory keeps the alliances acting inside it or on one
 * of territoryAncestors as a whole. attention, when set, keeps only alliances the status would flag with
 * those thresholds. Archived alliances (tombstones) are left out unless includeArchived.
 */
public record AllianceFilter(AllianceState state, TerritoryKey territory, List<TerritoryKey> territoryAncestors,
                             String theme, AllianceType type, UUID memberActorId, MemberRole role,
                             UUID addressesFragility, AttentionThresholds attention, Instant updatedSince,
                             boolean includeArchived) {

    public AllianceFilter {
        territoryAncestors = territoryAncestors == null ? List.of() : List.copyOf(territoryAncestors);
    }
}
