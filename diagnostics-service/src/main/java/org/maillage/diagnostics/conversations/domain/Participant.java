package org.maillage.diagnostics.conversations.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.coverage.domain.KnownActor;

/** An actor taking part in a conversation (known from the actor registry's events). */
public record Participant(UUID actorId, @Schema(maxLength = KnownActor.MAX_NAME) String name) {
}
