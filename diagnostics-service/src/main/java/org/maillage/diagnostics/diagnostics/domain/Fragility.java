package org.maillage.diagnostics.diagnostics.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.indicators.domain.IndicatorDefinition;
import org.maillage.vocabulary.Theme;

/**
 * A weak point of a territory: found in the data (an indicator at FRAGILE or worse) or added by the actors of
 * a conversation.
 *
 * @param indicator null for a fragility added in a conversation
 * @param severity  null for a fragility added in a conversation
 */
public record Fragility(UUID id, FragilityOrigin origin,
                        @Schema(maxLength = IndicatorDefinition.MAX_CODE) String indicator,
                        @Schema(maxLength = MAX_TITLE) String title,
                        @Schema(description = "The explanation of its indicator, or the description given in a conversation",
                                maxLength = MAX_DESCRIPTION) String description, Theme theme,
                        Severity severity, UUID proposedBy) {

    /** An indicator label or a title added in a conversation: both at most 200 characters. */
    public static final int MAX_TITLE = IndicatorDefinition.MAX_LABEL;
    /** A description added in a conversation (the columns are JSON text; the request enforces it). */
    public static final int MAX_DESCRIPTION = IndicatorResult.MAX_EXPLANATION;
}
