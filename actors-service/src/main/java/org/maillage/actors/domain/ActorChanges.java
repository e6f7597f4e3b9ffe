package org.maillage.actors.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Names the client-visible fields a draft would change: what an updated event reports, or "unchanged". */
final class ActorChanges {

    private ActorChanges() {
    }

    static List<String> between(Actor actor, ActorDraft draft, Set<ActorTerritory> scope) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", actor.name(), draft.name().strip());
        compare(changed, "kind", actor.kind(), draft.kind());
        compare(changed, "description", actor.description(), draft.description());
        compare(changed, "website", actor.website(), draft.website());
        compare(changed, "email", actor.email(), draft.email());
        compare(changed, "phone", actor.phone(), draft.phone());
        compare(changed, "address", actor.address(), draft.address());
        compare(changed, "territories", actor.territories(), scope);
        compare(changed, "themes", actor.themes(), draft.themes());
        compare(changed, "identifiers", actor.identifiers(), new HashSet<>(draft.identifiers()));
        compare(changed, "externalRefs", actor.externalRefs(), new HashSet<>(draft.externalRefs()));
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
