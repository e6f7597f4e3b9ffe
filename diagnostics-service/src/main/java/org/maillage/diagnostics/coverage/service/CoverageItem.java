package org.maillage.diagnostics.coverage.service;

import java.util.List;
import java.util.Map;
import org.maillage.diagnostics.diagnostics.domain.Fragility;

/**
 * A priority or fragility and the alliances covering it.
 *
 * @param priorityRank null for a fragility that is not a priority
 * @param covered      at least one covering alliance is alive (neither CLOSED, ABANDONED nor archived)
 */
public record CoverageItem(Fragility fragility, Integer priorityRank, boolean covered, Map<String, Integer> alliancesByState,
                           List<CoveringAlliance> alliances) {
}
