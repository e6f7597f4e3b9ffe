package org.maillage.diagnostics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** The territorial catalyst leading a conversation: a person, optionally from a registered organisation. */
public record Facilitator(@Schema(maxLength = MAX_NAME) String name, UUID actorId) {

    /** Enforced by ConversationRequest. */
    public static final int MAX_NAME = 200;
}
