package org.maillage.diagnostics.coverage.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Map;

/**
 * How alike two territories' indicator profiles are: over the indicators both have a value of, the mean absolute
 * difference of their percentile ranks, in percentile points (0 = identical, 100 = opposite), rounded to two
 * decimals so that the ranking can be checked from what is shown. Percentile ranks compare a territory with the
 * others of its own level, so territories of different levels compare too.
 *
 * @param distance null when no indicator has a value for both: the least similar of all
 */
public record ProfileSimilarity(Double distance, int indicatorsCompared) {

    /** Closer first; no distance last; then more indicators compared first. */
    public static final Comparator<ProfileSimilarity> CLOSEST_FIRST = Comparator
            .comparing(ProfileSimilarity::distance, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(ProfileSimilarity::indicatorsCompared).reversed());

    public static final ProfileSimilarity NONE = new ProfileSimilarity(null, 0);

    /** @param percentiles of each territory, by indicator code */
    public static ProfileSimilarity between(Map<String, Double> percentiles, Map<String, Double> others) {
        double sum = 0;
        int compared = 0;
        for (Map.Entry<String, Double> entry : percentiles.entrySet()) {
            Double other = others.get(entry.getKey());
            if (other != null) {
                sum += Math.abs(entry.getValue() - other);
                compared++;
            }
        }
        return compared == 0 ? NONE : new ProfileSimilarity(
                BigDecimal.valueOf(sum / compared).setScale(2, RoundingMode.HALF_UP).doubleValue(), compared);
    }
}
