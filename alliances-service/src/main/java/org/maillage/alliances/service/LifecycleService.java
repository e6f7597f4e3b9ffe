package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.maillage.alliances.config.AttentionConfig;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.AllianceStatus;
import org.maillage.alliances.domain.Outcome;
import org.maillage.alliances.domain.StateChange;
import org.maillage.alliances.domain.StatusCalculator;
import org.maillage.alliances.domain.Transition;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.StateChanged;
import org.maillage.commons.http.ETags;
import org.maillage.commons.persistence.DatabaseClock;

/** Moving alliances through the partnering cycle, and the status mediators read. */
@ApplicationScoped
public class LifecycleService {

    private final AllianceStore store;
    private final AllianceChanges changes;
    private final AttentionConfig attention;
    private final AllianceAccess access;

    public LifecycleService(AllianceStore store, AllianceChanges changes, AttentionConfig attention, AllianceAccess access) {
        this.access = access;
        this.store = store;
        this.changes = changes;
        this.attention = attention;
    }

    /**
     * Applies a transition if every guard holds; otherwise a 409 lists every unmet condition. One pass: the move
     * asked for, the alliance, who may move it, its version, then the alliance decides.
     */
    @Transactional
    public Alliance transition(UUID id, String ifMatch, AllianceState to, String reason, Outcome outcome) {
        Transition move = new Transition(to, outcome);
        Alliance alliance = store.find(id);
        access.requireTransition(alliance, move);
        ETags.requireMatch(ifMatch, alliance.version());
        StateChange change = alliance.transition(move, store.actorsOf(alliance), DatabaseClock.now());
        store.flush();
        changes.record(AllianceEvents.STATE_CHANGED, id.toString(), StateChanged.of(id, change, reason));
        return alliance;
    }

    @Transactional
    public AllianceStatus status(UUID id) {
        Alliance alliance = store.find(id);
        return StatusCalculator.of(alliance, store.actorsOf(alliance), attention.thresholds(), DatabaseClock.now());
    }
}
