package org.maillage.actors.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorKind;
import org.maillage.vocabulary.Theme;
import org.maillage.actors.domain.World;

/** Data of org.maillage.actor.registered.v1: what other services project of an actor. */
public record ActorRegistered(UUID actorId, String name, ActorKind kind, World world, List<String> territories,
                              Set<Theme> themes, long version, Instant registeredAt) {

    public static ActorRegistered of(Actor actor) {
        return new ActorRegistered(actor.id(), actor.name(), actor.kind(), actor.world(), TerritoryCodes.declared(actor),
                actor.themes(), actor.version(), actor.createdAt());
    }
}
