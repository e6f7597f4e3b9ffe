package org.maillage.actors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryInScope;
import org.maillage.territory.TerritoryLevel;

/**
 * A territory an actor acts on. Rows with declared=false are the ancestors of the declared ones: kept so
 * that asking for a département finds the actors of its communes with one indexed lookup.
 */
@Embeddable
public record ActorTerritory(
        @Enumerated(EnumType.STRING) @Column(name = "level", nullable = false) TerritoryLevel level,
        @Column(name = "code", nullable = false) String code,
        @Column(name = "declared", nullable = false) boolean declared) {

    /** The rows of the declared territories and of their ancestors. */
    static Set<ActorTerritory> scopeOf(Collection<Territory> declared) {
        Set<ActorTerritory> rows = new LinkedHashSet<>();
        TerritoryInScope.withAncestors(declared)
                .forEach(territory -> rows.add(new ActorTerritory(territory.level(), territory.code(), territory.declared())));
        return rows;
    }
}
