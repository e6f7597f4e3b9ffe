package org.maillage.actors.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.World;

@Schema(name = "Actor", description = "An organisation of the registry")
public record ActorResponse(
        UUID id,
        @Schema(example = "Ambérieu Solidarités") String name,
        ActorKind kind,
        @Schema(description = "Derived from the kind") World world,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Optimistic-locking version, also sent as the ETag") long version) {

    static ActorResponse of(Actor actor) {
        return new ActorResponse(actor.id(), actor.name(), actor.kind(), actor.world(), actor.createdAt(),
                actor.updatedAt(), actor.version());
    }
}
