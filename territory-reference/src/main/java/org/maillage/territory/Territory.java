package org.maillage.territory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A territory of the reference.
 *
 * @param code       INSEE code (SIREN for an EPCI)
 * @param population legal municipal population; for levels above the commune, the sum of their communes
 * @param parents    the territories containing this one, nearest first: EPCI, département, région for a
 *                   commune; the overseas collectivity for a commune of one; an EPCI straddling several
 *                   départements has the one where most of its inhabitants live
 */
public record Territory(String code, String name, TerritoryLevel level, long population, List<TerritoryKey> parents) {

    public Territory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        parents = List.copyOf(parents);
    }

    public TerritoryKey key() {
        return new TerritoryKey(level, code);
    }

    /** Code of the parent at the given level, if this territory has one. */
    public Optional<String> parentCode(TerritoryLevel parentLevel) {
        return parents.stream().filter(parent -> parent.level() == parentLevel).map(TerritoryKey::code).findFirst();
    }
}
