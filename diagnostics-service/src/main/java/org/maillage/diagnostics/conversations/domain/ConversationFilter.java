package org.maillage.diagnostics.conversations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.maillage.territory.TerritoryKey;

/**
 * Filters of the conversation list, combined with AND; null (or no state) means "any".
 *
 * @param territory    conversations of a diagnostic on this territory or on one it contains
 * @param heldFrom     held on or after this day
 * @param heldTo       held on or before this day
 * @param updatedSince changed at or after this instant; the list is then ordered by last change
 */
public record ConversationFilter(TerritoryKey territory, UUID diagnosticId, Set<Conversation.State> states,
                                 LocalDate heldFrom, LocalDate heldTo, Instant updatedSince) {

    public ConversationFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }
}
