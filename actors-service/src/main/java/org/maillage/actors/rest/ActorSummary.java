package org.maillage.actors.rest;

import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.World;
import org.maillage.commons.openapi.Count;

@Schema(description = "How many living actors act on a territory (on it, inside it or on a territory containing it), "
        + "by world and by kind; worlds and kinds without actors are left out")
public record ActorSummary(
        @Schema(description = "Number of actors", examples = "12", minimum = "0", maximum = Count.MAX) long total,
        @Schema(description = "world → number of actors", additionalProperties = Count.class,
                examples = "{\"NONPROFIT\": 8, \"PUBLIC\": 3, \"PRIVATE\": 1}")
        Map<World, Long> byWorld,
        @Schema(description = "kind → number of actors", additionalProperties = Count.class,
                examples = "{\"ASSOCIATION\": 7, \"FOUNDATION\": 1, \"LOCAL_AUTHORITY\": 3, \"COMPANY\": 1}")
        Map<ActorKind, Long> byKind) {

    static ActorSummary of(Map<World, Map<ActorKind, Long>> counts) {
        Map<World, Long> byWorld = new EnumMap<>(World.class);
        Map<ActorKind, Long> byKind = new EnumMap<>(ActorKind.class);
        counts.forEach((world, kinds) -> kinds.forEach((kind, count) -> {
            byWorld.merge(world, count, Long::sum);
            byKind.merge(kind, count, Long::sum);
        }));
        return new ActorSummary(byWorld.values().stream().mapToLong(Long::longValue).sum(), byWorld, byKind);
    }
}
