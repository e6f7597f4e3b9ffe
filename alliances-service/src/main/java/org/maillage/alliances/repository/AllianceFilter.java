package org.maillage.alliances.repository;

import java.time.Instant;
import java.util.UUID;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.AllianceType;
import org.maillage.alliances.domain.AttentionThresholds;
import org.maillage.alliances.domain.MemberRole;

/**
 * Filters of the alliance list; null means "any". attention, when set, keeps only alliances the status would
 * flag with those thresholds.
 */
public record AllianceFilter(AllianceState state, String territory, String theme, AllianceType type,
                             UUID memberActorId, MemberRole role, UUID addressesFragility,
                             AttentionThresholds attention, Instant updatedSince) {
}
