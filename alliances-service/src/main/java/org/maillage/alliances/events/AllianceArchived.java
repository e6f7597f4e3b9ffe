package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;
import org.maillage.alliances.domain.AllianceState;

/** Data of org.maillage.alliance.archived.v1: the alliance was deleted and stays as a tombstone. */
public record AllianceArchived(UUID allianceId, AllianceState state, long version, Instant archivedAt) {
}
