package org.maillage.diagnostics.domain;

import org.maillage.vocabulary.Theme;
import java.util.UUID;

/**
 * A weak point of a territory: found in the data (an indicator at FRAGILE or worse) or added by the actors of
 * a conversation.
 *
 * @param indicator null for a fragility added in a conversation
 * @param severity  null for a fragility added in a conversation
 */
public record Fragility(UUID id, FragilityOrigin origin, String indicator, String title, String description, Theme theme,
                        Severity severity, UUID proposedBy) {
}
