package org.maillage.diagnostics.service;

import java.util.List;
import org.maillage.diagnostics.domain.Territory;

/** A territory and the territories containing it, nearest first. */
public record TerritoryWithParents(Territory territory, List<Territory> parents) {
}
