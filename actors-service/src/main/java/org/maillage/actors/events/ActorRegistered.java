package org.maillage.actors.events;

import java.time.Instant;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.World;

/** Data of org.maillage.actor.registered.v1. */
public record ActorRegistered(UUID actorId, String name, ActorKind kind, World world, Instant registeredAt) {

    public static ActorRegistered of(Actor actor) {
        return new ActorRegistered(actor.id(), actor.name(), actor.kind(), actor.world(), actor.createdAt());
    }
}
