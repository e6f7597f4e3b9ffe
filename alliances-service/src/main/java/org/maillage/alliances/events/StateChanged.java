package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.Outcome;
import org.maillage.alliances.domain.StateChange;

/** Data of org.maillage.alliance.state-changed.v1. */
public record StateChanged(UUID allianceId, AllianceState from, AllianceState to, String reason, Outcome outcome,
                           Instant changedAt) {

    public static StateChanged of(UUID allianceId, StateChange change, String reason) {
        return new StateChanged(allianceId, change.from(), change.to(), reason, change.outcome(), change.at());
    }
}
