package org.maillage.actors.events;

import java.time.Instant;
import java.util.UUID;
import org.maillage.actors.domain.Actor;

/** Data of org.maillage.actor.archived.v1; mergedInto names the survivor when the actor was absorbed by a merge. */
public record ActorArchived(UUID actorId, UUID mergedInto, long version, Instant archivedAt) {

    public static ActorArchived of(Actor actor) {
        return new ActorArchived(actor.id(), actor.mergedInto(), actor.version(), actor.archivedAt());
    }
}
