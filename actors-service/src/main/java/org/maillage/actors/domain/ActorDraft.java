package org.maillage.actors.domain;

import java.util.List;
import java.util.Set;
import org.maillage.territory.Territory;
import org.maillage.vocabulary.Theme;

/**
 * Everything a client may set on an actor, checked and normalised: its territories are those of the reference,
 * found once, from which the actor derives their ancestors.
 */
public record ActorDraft(String name, ActorKind kind, String description, String website, String email, String phone,
                         Address address, List<Territory> territories, Set<Theme> themes,
                         List<Identifier> identifiers, List<ExternalRef> externalRefs) {
}
