package org.maillage.actors.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.ActorView;
import org.maillage.actors.domain.Address;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;
import org.maillage.vocabulary.Theme;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryReference;
import org.maillage.actors.domain.World;

@Schema(name = "Actor", description = "An organisation of the registry. Archived actors are tombstones: "
        + "mergedInto names the survivor when the actor was absorbed by a merge")
public record ActorResponse(
        UUID id,
        @Schema(example = "Ambérieu Solidarités", maxLength = 300) String name,
        ActorKind kind,
        @Schema(description = "Derived from the kind") World world,
        @Schema(example = "Épicerie solidaire et accompagnement des familles du Bugey", maxLength = 5000) String description,
        @Schema(example = "https://amberieu-solidarites.fr", maxLength = 500, format = "uri") String website,
        @Schema(example = "contact@amberieu-solidarites.fr", maxLength = 320, format = "email") String email,
        @Schema(example = "+33474380000", maxLength = 22, pattern = "^\\+?[0-9][0-9 .-]{5,20}$") String phone,
        Address address,
        @Schema(maxItems = 200) List<TerritoryResponse> territories,
        @Schema(maxItems = 14) Set<Theme> themes,
        @Schema(maxItems = 20) List<Identifier> identifiers,
        @Schema(maxItems = 50) List<ExternalRef> externalRefs,
        boolean archived,
        Instant archivedAt,
        UUID mergedInto,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", minimum = "0", maximum = "9223372036854775807") long version) {

    static ActorResponse of(Actor actor, TerritoryReference reference) {
        return of(actor.view(), reference);
    }

    static ActorResponse of(ActorView actor, TerritoryReference reference) {
        List<TerritoryResponse> declared = actor.territories().stream()
                .map(t -> new TerritoryResponse(t.level(), t.code(),
                        reference.find(t.level(), t.code()).map(Territory::name).orElse(t.code())))
                .toList();
        return new ActorResponse(actor.id(), actor.name(), actor.kind(), actor.world(), actor.description(),
                actor.website(), actor.email(), actor.phone(), actor.address(), declared, actor.themes(),
                actor.identifiers(), actor.externalRefs(), actor.archived(), actor.archivedAt(), actor.mergedInto(),
                actor.createdAt(), actor.updatedAt(), actor.version());
    }
}
