package org.maillage.diagnostics.coverage.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.maillage.diagnostics.coverage.domain.AllianceObjective;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.domain.ProfileSimilarity;
import org.maillage.diagnostics.coverage.domain.Standing;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.territories.domain.Territory;

/** The reason of a suggestion in plain words, from the figures it carries, so that a reader can check it. */
final class SuggestionReasons {

    private SuggestionReasons() {
    }

    static String of(KnownAlliance alliance, Fragility fragility, String match, List<AllianceObjective> objectives,
                     Standing standing, Territory compared, ProfileSimilarity similarity) {
        List<String> parts = new ArrayList<>();
        if (SuggestionService.THEME.equals(match)) {
            parts.add("acts on the theme " + fragility.theme());
        }
        if (!objectives.isEmpty()) {
            parts.add("reached its objective" + (objectives.size() > 1 ? "s " : " ")
                    + objectives.stream().map(SuggestionReasons::objective).collect(Collectors.joining(" and ")));
        }
        parts.add(standing(alliance, standing));
        parts.add(compared == null ? "no indicator observed in both territories"
                : "indicator profile of " + compared.name() + " (" + compared.level() + " " + compared.code() + ") "
                        + BigDecimal.valueOf(similarity.distance()).setScale(2).toPlainString() + " percentile points apart over "
                        + similarity.indicatorsCompared() + (similarity.indicatorsCompared() == 1 ? " indicator" : " indicators"));
        return String.join("; ", parts);
    }

    private static String objective(AllianceObjective objective) {
        List<String> figures = new ArrayList<>();
        if (objective.target() != null) {
            figures.add("target " + objective.target().toPlainString());
        }
        if (objective.result().value() != null) {
            figures.add("measured " + objective.result().value().toPlainString()
                    + (objective.result().measuredOn() == null ? "" : " on " + objective.result().measuredOn()));
        }
        String what = objective.indicator() != null ? "on " + objective.indicator() : "'" + objective.title() + "'";
        return figures.isEmpty() ? what : what + " (" + String.join(", ", figures) + ")";
    }

    private static String standing(KnownAlliance alliance, Standing standing) {
        return switch (standing) {
            case SCALED, ACHIEVED, HANDED_OVER -> "closed " + standing;
            case ACTING -> "still " + (alliance.state() == null ? "acting" : alliance.state());
            case ENDED -> alliance.outcome() != null ? "closed " + alliance.outcome()
                    : "ARCHIVED".equals(alliance.state()) ? "archived" : "ended " + alliance.state();
        };
    }
}
