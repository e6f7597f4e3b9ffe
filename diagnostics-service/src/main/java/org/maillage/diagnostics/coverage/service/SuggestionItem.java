package org.maillage.diagnostics.coverage.service;

import java.util.List;
import org.maillage.diagnostics.diagnostics.domain.Fragility;

/**
 * An uncovered priority and the proven alliances elsewhere suggested for it, best first.
 *
 * @param candidates every alliance that qualified, of which the first {@code limit} are suggested
 */
public record SuggestionItem(Fragility fragility, int priorityRank, int candidates, List<Suggestion> suggestions) {
}
