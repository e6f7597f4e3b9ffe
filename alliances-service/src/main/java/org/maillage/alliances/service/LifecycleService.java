package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.alliances.config.AttentionConfig;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.AllianceStatus;
import org.maillage.alliances.domain.Guards;
import org.maillage.alliances.domain.Outcome;
import org.maillage.alliances.domain.StatusCalculator;
import org.maillage.alliances.domain.UnmetCondition;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.StateChanged;
import org.maillage.commons.http.ETags;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

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

    /** Applies a transition if every guard holds; otherwise a 409 lists every unmet condition. */
    @Transactional
    public Alliance transition(UUID id, String ifMatch, AllianceState to, String reason, Outcome outcome) {
        if (outcome != null && to != AllianceState.CLOSING && to != AllianceState.CLOSED) {
            throw new UnprocessableException("An outcome is given only when closing",
                    List.of(new FieldError("outcome", "OutcomeNotExpected", "is accepted only with to CLOSING or CLOSED")));
        }
        Alliance alliance = store.find(id);
        access.requireTransition(alliance, to);
        ETags.requireMatch(ifMatch, alliance.version());
        List<UnmetCondition> unmet = Guards.unmet(alliance, to, outcome, store.actorsOf(alliance));
        if (!unmet.isEmpty()) {
            throw new ConflictException("The alliance cannot go from " + alliance.state() + " to " + to + ": "
                    + String.join("; ", unmet.stream().map(UnmetCondition::message).toList()),
                    unmet.stream().map(u -> new FieldError("to", u.code(), u.message())).toList());
        }
        Instant now = DatabaseClock.now();
        AllianceState from = alliance.moveTo(to, outcome, now);
        store.flush();
        changes.record(AllianceEvents.STATE_CHANGED, id.toString(),
                new StateChanged(id, from, to, reason, alliance.outcome(), now));
        return alliance;
    }

    @Transactional
    public AllianceStatus status(UUID id) {
        Alliance alliance = store.find(id);
        return StatusCalculator.of(alliance, store.actorsOf(alliance), attention.thresholds(), DatabaseClock.now());
    }
}
