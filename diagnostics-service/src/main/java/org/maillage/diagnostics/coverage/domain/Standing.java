package org.maillage.diagnostics.coverage.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What an alliance has proven, best first: the first rule of the ranking of suggestions. An alliance is proven when
 * it closed ACHIEVED or SCALED, or reached at least one of its objectives.
 */
public enum Standing {
    /** Closed SCALED: it worked and grew beyond its first territory. */
    SCALED,
    /** Closed ACHIEVED. */
    ACHIEVED,
    /** Still acting (neither closed, abandoned nor archived), with an objective reached. */
    ACTING,
    /** Closed HANDED_OVER to another structure, with an objective reached. */
    HANDED_OVER,
    /** Ended otherwise (DISCONTINUED, abandoned, archived), with an objective reached. */
    ENDED;

    private static final Set<String> ENDED_STATES = Set.of("CLOSED", "ABANDONED", "ARCHIVED");

    /** Empty when the alliance has proven nothing yet. */
    public static Optional<Standing> of(KnownAlliance alliance) {
        if ("SCALED".equals(alliance.outcome())) {
            return Optional.of(SCALED);
        }
        if ("ACHIEVED".equals(alliance.outcome())) {
            return Optional.of(ACHIEVED);
        }
        if (alliance.objectives().stream().noneMatch(AllianceObjective::reached)) {
            return Optional.empty();
        }
        if (alliance.state() == null || !ENDED_STATES.contains(alliance.state())) {
            return Optional.of(ACTING);
        }
        return Optional.of("HANDED_OVER".equals(alliance.outcome()) ? HANDED_OVER : ENDED);
    }
}
