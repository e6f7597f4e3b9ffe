package org.maillage.diagnostics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** An actor taking part in a conversation (known from the actor registry's events). */
public record Participant(UUID actorId, @Schema(maxLength = KnownActor.MAX_NAME) String name) {
}
