package org.maillage.actors.events;

import java.util.List;
import org.maillage.actors.domain.Actor;

/** Territories in events as "LEVEL:code", unambiguous even where a région and a département share a code. */
final class TerritoryCodes {

    private TerritoryCodes() {
    }

    static List<String> declared(Actor actor) {
        return actor.declaredTerritories().stream().map(t -> t.level() + ":" + t.code()).sorted().toList();
    }
}
