package org.maillage.diagnostics.coverage.service;

import java.util.Comparator;
import java.util.List;
import org.maillage.diagnostics.coverage.domain.AllianceObjective;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.domain.ProfileSimilarity;
import org.maillage.diagnostics.coverage.domain.Standing;
import org.maillage.diagnostics.territories.domain.Territory;

/**
 * A proven alliance elsewhere suggested for an uncovered priority.
 *
 * @param match             INDICATOR: it reached an objective on the priority's indicator; THEME: it acts on the
 *                          priority's theme
 * @param objectives        its reached objectives on the priority's indicator, or else all its reached objectives
 * @param comparedTerritory the territory of the alliance whose profile is closest to the priority's territory; null
 *                          when none has a value of an indicator the priority's territory has
 */
public record Suggestion(KnownAlliance alliance, Standing standing, String match, List<AllianceObjective> objectives,
                         Territory comparedTerritory, ProfileSimilarity similarity, String reason) {

    /** Standing, then the closer profile, then more indicators compared, then the alliance id: deterministic. */
    public static final Comparator<Suggestion> RANKING = Comparator.comparing(Suggestion::standing)
            .thenComparing(Suggestion::similarity, ProfileSimilarity.CLOSEST_FIRST)
            .thenComparing(s -> s.alliance().id().toString());
}
