package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.Outcome;

/** Data of org.maillage.alliance.state-changed.v1. */
public record StateChanged(UUID allianceId, AllianceState from, AllianceState to, String reason, Outcome outcome,
                           Instant changedAt) {
}
