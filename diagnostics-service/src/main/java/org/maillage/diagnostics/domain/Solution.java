package org.maillage.diagnostics.domain;

import java.util.UUID;

/** A way of acting on a fragility proposed during a conversation. */
public record Solution(UUID id, UUID fragilityId, String title, String description, UUID proposedBy) {
}
