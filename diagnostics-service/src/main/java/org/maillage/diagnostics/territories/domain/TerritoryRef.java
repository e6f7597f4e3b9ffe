package org.maillage.diagnostics.territories.domain;

import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/** A territory named in another service's event, resolved to a level. */
public record TerritoryRef(String code, TerritoryLevel level) {

    public TerritoryKey key() {
        return new TerritoryKey(level, code);
    }
}
