package org.maillage.diagnostics.conversations.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

/** A ballot ranks each fragility once, and only fragilities that may become priorities. */
final class RankingRules {

    private RankingRules() {
    }

    static void requireValid(ConversationState state, List<UUID> fragilityIds) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < fragilityIds.size(); i++) {
            UUID fragilityId = fragilityIds.get(i);
            if (!seen.add(fragilityId)) {
                errors.add(new FieldError("fragilityIds[" + i + "]", "Duplicate", "is ranked twice"));
            } else if (state.candidates().stream().noneMatch(f -> f.id().equals(fragilityId))) {
                errors.add(new FieldError("fragilityIds[" + i + "]", "NotACandidate",
                        "is not a fragility of this diagnostic that the conversation did not contest"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The ranking names fragilities that cannot be priorities", errors);
        }
    }
}
