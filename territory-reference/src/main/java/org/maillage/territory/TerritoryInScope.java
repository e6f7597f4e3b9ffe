package org.maillage.territory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One territory of what a record covers: a territory it declares, or one of their ancestors, so that a search
 * for a région finds what declares one of its communes. A declared territory is never marked as an ancestor.
 */
public record TerritoryInScope(TerritoryKey key, boolean declared) {

    /** The declared territories, in their order, then their ancestors nearest first, each once. */
    public static List<TerritoryInScope> withAncestors(Collection<Territory> declared) {
        Map<TerritoryKey, TerritoryInScope> scope = new LinkedHashMap<>();
        declared.forEach(territory -> scope.put(territory.key(), new TerritoryInScope(territory.key(), true)));
        for (Territory territory : declared) {
            territory.parents().forEach(parent -> scope.putIfAbsent(parent, new TerritoryInScope(parent, false)));
        }
        return List.copyOf(scope.values());
    }

    public TerritoryLevel level() {
        return key.level();
    }

    public String code() {
        return key.code();
    }
}
