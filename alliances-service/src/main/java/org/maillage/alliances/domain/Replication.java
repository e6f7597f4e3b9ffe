package org.maillage.alliances.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a replication carries over from the alliance it starts again elsewhere: what the partnership is and means
 * to achieve, not who made it nor what it measured there.
 */
public final class Replication {

    /** Names are bounded like every alliance's (ProposeAllianceRequest). */
    public static final int MAX_NAME = 300;
    private static final String SEPARATOR = " — ";

    private Replication() {
    }

    /**
     * Type, purpose and themes as they are. Objectives keep title, indicator, baseline (it gives the direction of
     * the target until partners measure their own) and target; their due date, set for the source's calendar, and
     * their result, measured in the source's territory, are left out. Addressed fragilities are not carried: they
     * are fragilities of the source territory's diagnostic, and what they were about is in the themes; partners
     * name the fragilities of their own territory's diagnostic.
     */
    public static AllianceDetails details(Alliance source, String name, Set<String> territories) {
        return new AllianceDetails(name, source.purpose(), source.type(), new LinkedHashSet<>(territories),
                new LinkedHashSet<>(source.details().themes()),
                source.objectives().stream().map(o -> new Objective(o.title(), o.indicator(), o.baseline(), o.target(),
                        null)).toList(),
                Set.of());
    }

    /** "<source name> — <territory name>", the source's name shortened when the whole would be too long. */
    public static String defaultName(Alliance source, String territoryName) {
        String suffix = SEPARATOR + territoryName;
        String name = source.name();
        if (name.length() + suffix.length() > MAX_NAME) {
            int cut = MAX_NAME - suffix.length() - 1;
            // Never between the two halves of a character outside the BMP, which could not be stored.
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--;
            }
            name = name.substring(0, cut).strip() + "…";
        }
        return name + suffix;
    }
}
