package org.maillage.diagnostics.conversations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.FragilityOrigin;
import org.maillage.diagnostics.diagnostics.domain.Priority;
import org.maillage.diagnostics.diagnostics.domain.Severity;
import org.maillage.vocabulary.Theme;

class BordaCountTest {

    private final Fragility a = fragility("A", Severity.FRAGILE);
    private final Fragility b = fragility("B", Severity.CRITICAL);
    private final Fragility c = fragility("C", null);

    @Test
    void pointsAreCandidatesMinusPlacePlusOne() {
        // m = 3. Ballots: A B C → A 3, B 2, C 1; B A → B 3, A 2; B C A → B 3, C 2, A 1. Totals: B 8, A 6, C 3.
        List<Priority> priorities = BordaCount.priorities(List.of(a, b, c),
                List.of(ballot(a, b, c), ballot(b, a), ballot(b, c, a)));
        assertEquals(List.of("B", "A", "C"), priorities.stream().map(Priority::title).toList());
        assertEquals(List.of(8, 6, 3), priorities.stream().map(Priority::points).toList());
        assertEquals(List.of(1, 2, 3), priorities.stream().map(Priority::rank).toList());
        assertEquals(List.of(2, 1, 0), priorities.stream().map(Priority::firstPlaces).toList());
    }

    @Test
    void tiesGoToFirstPlacesThenSeverityThenTitle() {
        // A B → A 3, B 2; B A → B 3, A 2: 5 each, one first place each; B is CRITICAL, A FRAGILE.
        assertEquals(List.of("B", "A"), titles(BordaCount.priorities(List.of(a, b, c), List.of(ballot(a, b), ballot(b, a)))));
        // C alone on one ballot: 3 points, no tie; a fragility nobody ranks is no priority.
        assertEquals(List.of("C"), titles(BordaCount.priorities(List.of(a, b, c), List.of(ballot(c)))));
        assertEquals(List.of(), BordaCount.priorities(List.of(a, b, c), List.of()));
    }

    private static List<String> titles(List<Priority> priorities) {
        return priorities.stream().map(Priority::title).toList();
    }

    private static Ranking ballot(Fragility... order) {
        return new Ranking(UUID.randomUUID(), List.of(order).stream().map(Fragility::id).toList(), Instant.now(), null);
    }

    private static Fragility fragility(String title, Severity severity) {
        return new Fragility(UUID.randomUUID(), severity == null ? FragilityOrigin.CONVERSATION : FragilityOrigin.DATA,
                null, title, null, Theme.HEALTH, severity, null);
    }
}
