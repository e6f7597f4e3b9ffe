package org.maillage.alliances.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

    private static final LocalDate MEASURED = LocalDate.parse("2026-06-30");

    @Test
    void aTargetAtOrAboveTheBaselineIsReachedAtOrAboveIt() {
        Objective more = objective(0, 500);
        assertTrue(measured(more, 500).reached());
        assertTrue(measured(more, 501).reached());
        assertFalse(measured(more, 499.9).reached());
        assertTrue(measured(objective(7, 7), 7).reached());
    }

    @Test
    void aTargetBelowTheBaselineIsReachedAtOrBelowIt() {
        Objective less = objective(30, 20);
        assertTrue(measured(less, 20).reached());
        assertTrue(measured(less, 12).reached());
        assertFalse(measured(less, 20.5).reached());
    }

    @Test
    void withoutBaselineTheTargetIsAMinimum() {
        Objective minimum = new Objective("Open places", null, null, BigDecimal.TEN, null).stored(null);
        assertTrue(measured(minimum, 10).reached());
        assertFalse(measured(minimum, -5).reached());
        assertFalse(minimum.reached(), "nothing measured yet");
    }

    @Test
    void provenByAReachedObjectiveOrAGoodClosing() {
        Fixtures f = new Fixtures();
        Alliance alliance = f.ready();
        assertEquals(List.of("NotProven"), Fixtures.codes(Guards.unproven(alliance)));
        alliance.moveTo(AllianceState.ACTIVE, null, Fixtures.T0);
        Objective objective = alliance.objectives().get(0);
        assertEquals(List.of(), Fixtures.codes(Guards.unmetForResult(alliance, objective)));
        alliance.measure(objective, new ObjectiveResult(BigDecimal.valueOf(499), MEASURED), Fixtures.T0);
        assertEquals(List.of("NotProven"), Fixtures.codes(Guards.unproven(alliance)));
        alliance.measure(alliance.objectives().get(0), new ObjectiveResult(BigDecimal.valueOf(500), MEASURED), Fixtures.T0);
        assertEquals(List.of(), Fixtures.codes(Guards.unproven(alliance)));

        Alliance closed = f.ready();
        closed.moveTo(AllianceState.CLOSED, Outcome.HANDED_OVER, Fixtures.T0);
        assertEquals(List.of("NotProven"), Fixtures.codes(Guards.unproven(closed)));
        Alliance scaled = f.ready();
        scaled.moveTo(AllianceState.CLOSED, Outcome.SCALED, Fixtures.T0);
        assertEquals(List.of(), Fixtures.codes(Guards.unproven(scaled)));
        scaled.archive(Fixtures.T0);
        assertEquals(List.of("Archived"), Fixtures.codes(Guards.unproven(scaled)));
    }

    private static Objective objective(double baseline, double target) {
        return new Objective("Objective", "demo", BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), null).stored(null);
    }

    private static Objective measured(Objective objective, double value) {
        return objective.measured(new ObjectiveResult(BigDecimal.valueOf(value), MEASURED));
    }
}
