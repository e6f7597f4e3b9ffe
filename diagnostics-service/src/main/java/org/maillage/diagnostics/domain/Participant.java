package org.maillage.diagnostics.domain;

import java.util.UUID;

/** An actor taking part in a conversation (known from the actor registry's events). */
public record Participant(UUID actorId, String name) {
}
