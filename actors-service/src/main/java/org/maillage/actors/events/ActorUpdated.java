package org.maillage.actors.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorKind;
import org.maillage.vocabulary.Theme;
import org.maillage.actors.domain.World;

/** Data of org.maillage.actor.updated.v1: the names of the fields that changed, and the projected state after. */
public record ActorUpdated(UUID actorId, List<String> changedFields, String name, ActorKind kind, World world,
                           List<String> territories, Set<Theme> themes, long version, Instant updatedAt) {

    public static ActorUpdated of(Actor actor, List<String> changedFields) {
        return new ActorUpdated(actor.id(), changedFields, actor.name(), actor.kind(), actor.world(),
                TerritoryCodes.declared(actor), actor.themes(), actor.version(), actor.updatedAt());
    }
}
