package org.maillage.diagnostics.conversations.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.Priority;

/**
 * Aggregates the participants' rankings with a Borda count. With m candidate fragilities (those not CONTESTED),
 * a fragility at position r (1 = most urgent) of a ballot earns m − r + 1 points (m for the first, 1 for the last
 * possible place); fragilities a ballot leaves out earn nothing from it. Priorities are the fragilities with points, by points; ties go to the one ranked first more
 * often, then to the more severe, then alphabetically by title.
 */
public final class BordaCount {

    private BordaCount() {
    }

    public static List<Priority> priorities(List<Fragility> candidates, List<Ranking> rankings) {
        int m = candidates.size();
        Map<UUID, Integer> points = new HashMap<>();
        Map<UUID, Integer> firsts = new HashMap<>();
        for (Ranking ranking : rankings) {
            List<UUID> ballot = ranking.fragilityIds();
            for (int r = 1; r <= ballot.size(); r++) {
                points.merge(ballot.get(r - 1), m - r + 1, Integer::sum);
            }
            if (!ballot.isEmpty()) {
                firsts.merge(ballot.get(0), 1, Integer::sum);
            }
        }
        List<Fragility> ranked = new ArrayList<>(candidates.stream().filter(f -> points.getOrDefault(f.id(), 0) > 0).toList());
        ranked.sort(Comparator.<Fragility>comparingInt(f -> -points.get(f.id()))
                .thenComparingInt(f -> -firsts.getOrDefault(f.id(), 0))
                .thenComparingInt(f -> f.severity() == null ? 0 : -f.severity().ordinal())
                .thenComparing(Fragility::title));
        List<Priority> priorities = new ArrayList<>();
        for (Fragility f : ranked) {
            priorities.add(new Priority(priorities.size() + 1, f.id(), f.title(), f.theme(), points.get(f.id()),
                    firsts.getOrDefault(f.id(), 0)));
        }
        return priorities;
    }
}
