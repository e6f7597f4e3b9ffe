package org.maillage.actors.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorTerritory;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;

/** The writable view of a stored actor: the document a merge patch edits. Lists come in a stable order. */
final class ActorInputs {

    private ActorInputs() {
    }

    static ActorInput of(Actor actor) {
        List<TerritoryInput> territories = actor.declaredTerritories().stream()
                .sorted(Comparator.comparing(ActorTerritory::level).thenComparing(ActorTerritory::code))
                .map(t -> new TerritoryInput(t.level(), t.code())).toList();
        List<Identifier> identifiers = new ArrayList<>(actor.identifiers());
        identifiers.sort(Comparator.comparing(Identifier::scheme).thenComparing(Identifier::value));
        List<ExternalRef> refs = new ArrayList<>(actor.externalRefs());
        refs.sort(Comparator.comparing(ExternalRef::system).thenComparing(ExternalRef::id));
        return new ActorInput(actor.name(), actor.kind(), actor.description(), actor.website(), actor.email(),
                actor.phone(), actor.address(), territories, actor.themes(), identifiers, refs);
    }
}
