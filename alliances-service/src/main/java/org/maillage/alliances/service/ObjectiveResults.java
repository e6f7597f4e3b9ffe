package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.Guards;
import org.maillage.alliances.domain.Objective;
import org.maillage.alliances.domain.ObjectiveResult;
import org.maillage.alliances.domain.UnmetCondition;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.AllianceUpdated;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;

/** Recording what an objective's indicator measured. */
@ApplicationScoped
public class ObjectiveResults {

    private final AllianceStore store;
    private final AllianceAccess access;
    private final AllianceChanges changes;

    public ObjectiveResults(AllianceStore store, AllianceAccess access, AllianceChanges changes) {
        this.store = store;
        this.access = access;
        this.changes = changes;
    }

    /** Replaces the objective's result; whether it reaches the target the domain decides ({@link Objective#reached}). */
    @Transactional
    public Alliance record(UUID id, UUID objectiveId, String ifMatch, BigDecimal value, LocalDate measuredOn) {
        Alliance alliance = store.forWrite(id, ifMatch, access::requireResultRecorder);
        Objective objective = alliance.objective(objectiveId)
                .orElseThrow(() -> new ResourceNotFoundException("Objective", objectiveId));
        List<UnmetCondition> unmet = Guards.unmetForResult(alliance, objective);
        if (!unmet.isEmpty()) {
            throw new ConflictException("The result of objective " + objectiveId + " cannot be recorded: "
                    + String.join("; ", unmet.stream().map(UnmetCondition::message).toList()),
                    unmet.stream().map(u -> new FieldError("objectiveId", u.code(), u.message())).toList());
        }
        Instant now = DatabaseClock.now();
        // A day ahead of UTC: where the suite is used, the local date may already be tomorrow's.
        if (measuredOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
            throw new UnprocessableException("A result is recorded once measured: " + measuredOn + " is to come",
                    List.of(new FieldError("measuredOn", "MeasuredInFuture", "is after today")));
        }
        alliance.measure(objective, new ObjectiveResult(value, measuredOn), now);
        store.flush();
        changes.record(AllianceEvents.UPDATED, id.toString(), AllianceUpdated.of(alliance, Set.of("objectives")));
        return alliance;
    }
}
