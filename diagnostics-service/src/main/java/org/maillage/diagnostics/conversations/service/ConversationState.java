package org.maillage.diagnostics.conversations.service;

import java.util.ArrayList;
import java.util.List;
import org.maillage.commons.problem.FieldError;
import org.maillage.diagnostics.conversations.domain.BordaCount;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.conversations.domain.Verdict;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.FragilityOrigin;
import org.maillage.diagnostics.diagnostics.domain.Priority;

/** A conversation with its diagnostic, and what follows from them. */
public record ConversationState(Conversation conversation, Diagnostic diagnostic) {

    /** Fragilities that may become priorities: those added by participants and those not contested. */
    public List<Fragility> candidates() {
        return diagnostic.fragilities().stream()
                .filter(f -> conversation.verdictOn(f.id()).map(v -> v.verdict() != Verdict.CONTESTED).orElse(true))
                .toList();
    }

    /** The Borda ranking of the ballots cast so far (the adopted priorities once adopted). */
    public List<Priority> provisionalPriorities() {
        return conversation.state() == Conversation.State.ADOPTED ? diagnostic.priorities()
                : BordaCount.priorities(candidates(), conversation.rankings());
    }

    /** Every fragility found in the data has a verdict, and at least one participant ranked priorities. */
    public List<FieldError> unmetAdoptionConditions() {
        List<FieldError> unmet = new ArrayList<>();
        diagnostic.fragilities().stream()
                .filter(f -> f.origin() == FragilityOrigin.DATA && conversation.verdictOn(f.id()).isEmpty())
                .forEach(f -> unmet.add(new FieldError("verdicts." + f.id(), "VerdictMissing",
                        "the fragility '" + f.title() + "' has no verdict (CONFIRMED or CONTESTED)")));
        if (conversation.rankings().isEmpty()) {
            unmet.add(new FieldError("rankings", "NoRanking", "no participant has ranked the priorities"));
        }
        return unmet;
    }
}
