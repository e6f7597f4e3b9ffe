package org.maillage.diagnostics.domain;

import java.util.UUID;

/** The territorial catalyst leading a conversation: a person, optionally from a registered organisation. */
public record Facilitator(String name, UUID actorId) {
}
