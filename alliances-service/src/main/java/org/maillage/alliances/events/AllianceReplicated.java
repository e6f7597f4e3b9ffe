package org.maillage.alliances.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Data of org.maillage.alliance.replicated.v1, subject the new alliance: it was started from replicatedFrom. */
public record AllianceReplicated(UUID allianceId, UUID replicatedFrom, Set<String> territories, Instant replicatedAt) {
}
