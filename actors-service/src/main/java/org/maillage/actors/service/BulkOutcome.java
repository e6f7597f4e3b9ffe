package org.maillage.actors.service;

import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.commons.problem.ProblemException;

/** What became of one bulk item: the actor's id and version with the outcome, or the problem that kept it out. */
public record BulkOutcome(int index, Upserted.Outcome outcome, UUID actorId, Long version, ProblemException problem) {

    static BulkOutcome of(int index, Upserted.Outcome outcome, Actor actor) {
        return new BulkOutcome(index, outcome, actor.id(), actor.version(), null);
    }

    static BulkOutcome failed(int index, ProblemException problem) {
        return new BulkOutcome(index, null, null, null, problem);
    }
}
