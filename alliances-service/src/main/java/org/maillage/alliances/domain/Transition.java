package org.maillage.alliances.domain;

import java.util.List;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

/**
 * A move asked for: the state to go to, and the outcome when closing. An outcome fits only a move to CLOSING or
 * CLOSED, whatever the alliance: the request is refused (422) before the alliance is even read.
 */
public record Transition(AllianceState to, Outcome outcome) {

    public Transition {
        if (outcome != null && to != AllianceState.CLOSING && to != AllianceState.CLOSED) {
            throw new UnprocessableException("An outcome is given only when closing",
                    List.of(new FieldError("outcome", "OutcomeNotExpected", "is accepted only with to CLOSING or CLOSED")));
        }
    }

    /** Into or out of mediation, where the mediator may act as well as the lead. */
    public boolean concernsMediation(AllianceState from) {
        return to == AllianceState.IN_MEDIATION || from == AllianceState.IN_MEDIATION;
    }
}
