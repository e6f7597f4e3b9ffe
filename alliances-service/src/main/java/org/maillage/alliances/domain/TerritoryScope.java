package org.maillage.alliances.domain;

import org.maillage.territory.TerritoryLevel;

/** A territory an alliance acts on (declared) or one containing it (declared = false). */
public record TerritoryScope(TerritoryLevel level, String code, boolean declared) {
}
