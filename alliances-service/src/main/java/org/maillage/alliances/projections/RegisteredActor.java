package org.maillage.alliances.projections;

import java.time.Instant;
import java.util.UUID;

/** What this service reads of org.maillage.actor.registered.v1. */
public record RegisteredActor(UUID actorId, String name, String kind, String world, Instant registeredAt) {
}
