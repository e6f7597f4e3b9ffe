package org.maillage.alliances.events;

import java.time.Instant;
import java.util.UUID;

/** What this service reads of org.maillage.actor.registered.v1. */
public record ActorRegistered(UUID actorId, String name, String kind, String world, Instant registeredAt) {
}
