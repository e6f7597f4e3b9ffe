package org.maillage.diagnostics.territories.repository;

import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/**
 * Filters of the territory list; every part is optional.
 *
 * @param parent      territories contained in this one, at any depth
 * @param normalisedQ a {@link org.maillage.diagnostics.domain.SearchableNames normalised} fragment of the name
 */
public record TerritoryFilter(TerritoryLevel level, TerritoryKey parent, String normalisedQ) {
}
