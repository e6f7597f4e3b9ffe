package org.maillage.diagnostics.diagnostics.domain;

import java.util.Set;

/**
 * Lifecycle of a diagnostic: DRAFT when computed, IN_CONVERSATION once the actors of the territory debate it,
 * PUBLISHED when a conversation adopts its priorities, SUPERSEDED when a newer diagnostic of the same
 * territory is published.
 */
public enum DiagnosticState {
    DRAFT,
    IN_CONVERSATION,
    PUBLISHED,
    SUPERSEDED;

    public boolean canBecome(DiagnosticState next) {
        return switch (this) {
            case DRAFT -> next == IN_CONVERSATION;
            case IN_CONVERSATION -> Set.of(PUBLISHED).contains(next);
            case PUBLISHED -> next == SUPERSEDED;
            case SUPERSEDED -> false;
        };
    }
}
