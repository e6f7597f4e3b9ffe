package org.maillage.diagnostics.territories.service;

import java.util.List;
import java.util.Map;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.territory.TerritoryLevel;

/** A territory, the territories containing it (nearest first) and how many it contains by level. */
public record TerritoryWithParents(Territory territory, List<Territory> parents, Map<TerritoryLevel, Long> childrenCounts) {
}
