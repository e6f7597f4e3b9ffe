package org.maillage.actors.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.maillage.territory.TerritoryName;
import org.maillage.vocabulary.Theme;

/**
 * Everything a client sets on an actor, as written: territories are names still to resolve, identifiers still
 * to normalise. Checking it gives an {@link ActorDraft}.
 */
public record ActorProposal(String name, ActorKind kind, String description, String website, String email,
                            String phone, Address address, List<TerritoryName> territories, Set<Theme> themes,
                            List<Identifier> identifiers, List<ExternalRef> externalRefs) {

    /** The writable state of a stored actor, what a merge patch edits; lists come in a stable order. */
    public static ActorProposal of(Actor actor) {
        List<TerritoryName> territories = actor.declaredTerritories().stream()
                .sorted(Comparator.comparing(ActorTerritory::level).thenComparing(ActorTerritory::code))
                .map(t -> new TerritoryName(t.level(), t.code())).toList();
        List<Identifier> identifiers = new ArrayList<>(actor.identifiers());
        identifiers.sort(Comparator.comparing(Identifier::scheme).thenComparing(Identifier::value));
        List<ExternalRef> refs = new ArrayList<>(actor.externalRefs());
        refs.sort(Comparator.comparing(ExternalRef::system).thenComparing(ExternalRef::id));
        return new ActorProposal(actor.name(), actor.kind(), actor.description(), actor.website(), actor.email(),
                actor.phone(), actor.address(), territories, actor.themes(), identifiers, refs);
    }

    /** The same proposal with other territories, identifiers and external refs. */
    public ActorProposal with(List<TerritoryName> territories, List<Identifier> identifiers,
                              List<ExternalRef> externalRefs) {
        return new ActorProposal(name, kind, description, website, email, phone, address, territories, themes,
                identifiers, externalRefs);
    }
}
