package org.maillage.actors.domain;

import org.maillage.vocabulary.Theme;
import java.util.List;
import java.util.Set;
import org.maillage.territory.TerritoryKey;

/** Everything a client may set on an actor, already checked and resolved (territories have their level). */
public record ActorDraft(String name, ActorKind kind, String description, String website, String email, String phone,
                         Address address, List<TerritoryKey> territories, Set<Theme> themes,
                         List<Identifier> identifiers, List<ExternalRef> externalRefs) {
}
