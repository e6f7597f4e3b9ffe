package org.maillage.territory;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A territory as a caller names it: {@code 93}, or {@code REGION:93} when the code alone would name another. A
 * code can name two territories (every région code is also a département code: 93 is Provence-Alpes-Côte d'Azur
 * and Seine-Saint-Denis); without a level, the smallest territory wins.
 *
 * @param level the level asked for, or {@code null} for "the smallest with that code"
 * @param code the code, trimmed and upper-cased (Corsica's départements are 2A and 2B)
 */
public record TerritoryName(TerritoryLevel level, String code) {

    public TerritoryName {
        Objects.requireNonNull(code, "code");
    }

    /** Reads {@code "93"} or {@code "REGION:93"}; empty when the part before the colon is not a level. */
    public static Optional<TerritoryName> parse(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        int colon = name.indexOf(':');
        if (colon < 0) {
            return Optional.of(new TerritoryName(null, name));
        }
        try {
            TerritoryLevel level = TerritoryLevel.valueOf(name.substring(0, colon).strip());
            return Optional.of(new TerritoryName(level, name.substring(colon + 1).strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A code with an optional level, as a form's two fields give it. */
    public static TerritoryName of(TerritoryLevel level, String code) {
        return new TerritoryName(level, code.strip().toUpperCase(Locale.ROOT));
    }

    /** The territory this name means among those that have its code. */
    public Optional<Territory> pick(Collection<Territory> withCode) {
        return withCode.stream()
                .filter(territory -> territory.code().equals(code))
                .filter(territory -> level == null || territory.level() == level)
                .max(Comparator.comparing(Territory::level));
    }
}
