package org.maillage.alliances.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every (from, to) pair: allowed ones pass on a ready alliance, every other one is refused. */
class LifecycleTest {

    private static final Map<AllianceState, Set<AllianceState>> EXPECTED = Map.of(
            AllianceState.EMERGING, EnumSet.of(AllianceState.SCOPING, AllianceState.ABANDONED),
            AllianceState.SCOPING, EnumSet.of(AllianceState.BUILDING, AllianceState.ABANDONED),
            AllianceState.BUILDING, EnumSet.of(AllianceState.AGREED, AllianceState.ABANDONED),
            AllianceState.AGREED, EnumSet.of(AllianceState.ACTIVE),
            AllianceState.ACTIVE, EnumSet.of(AllianceState.IN_MEDIATION, AllianceState.UNDER_REVIEW),
            AllianceState.IN_MEDIATION, EnumSet.of(AllianceState.ACTIVE, AllianceState.CLOSING),
            AllianceState.UNDER_REVIEW, EnumSet.of(AllianceState.ACTIVE, AllianceState.CLOSING),
            AllianceState.CLOSING, EnumSet.of(AllianceState.CLOSED),
            AllianceState.CLOSED, EnumSet.noneOf(AllianceState.class),
            AllianceState.ABANDONED, EnumSet.noneOf(AllianceState.class));

    private final Fixtures fixtures = new Fixtures();

    @Test
    void everyPairIsAllowedExactlyAsTheCycleSays() {
        int checked = 0;
        for (AllianceState from : AllianceState.values()) {
            for (AllianceState to : AllianceState.values()) {
                assertEquals(EXPECTED.get(from).contains(to), Lifecycle.allows(from, to), from + " → " + to);
                checked++;
            }
        }
        assertEquals(100, checked);
    }

    @Test
    void allowedTransitionsPassTheirGuardsOnAReadyAlliance() {
        for (AllianceState from : AllianceState.values()) {
            for (AllianceState to : EXPECTED.get(from)) {
                Alliance alliance = fixtures.readyIn(from);
                if (to == AllianceState.CLOSED) {
                    alliance.commitments().forEach(c -> alliance.settle(c, CommitmentStatus.DELIVERED, Fixtures.T0));
                }
                Outcome outcome = to == AllianceState.CLOSED ? Outcome.ACHIEVED : null;
                assertEquals(List.of(), Guards.unmet(alliance, to, outcome, fixtures.actors()), from + " → " + to);
            }
        }
    }

    @Test
    void refusedTransitionsNameTheAllowedOnes() {
        for (AllianceState from : AllianceState.values()) {
            for (AllianceState to : AllianceState.values()) {
                if (EXPECTED.get(from).contains(to)) {
                    continue;
                }
                List<UnmetCondition> unmet = Guards.unmet(fixtures.readyIn(from), to, Outcome.ACHIEVED, fixtures.actors());
                String expected = Lifecycle.isFinal(from) ? "FinalState" : "TransitionNotAllowed";
                assertEquals(List.of(expected), Fixtures.codes(unmet), from + " → " + to);
                if (!Lifecycle.isFinal(from)) {
                    assertTrue(unmet.get(0).message().contains(EXPECTED.get(from).iterator().next().name()));
                }
            }
        }
    }

    @Test
    void closedAndAbandonedAreFinal() {
        assertTrue(Lifecycle.isFinal(AllianceState.CLOSED));
        assertTrue(Lifecycle.isFinal(AllianceState.ABANDONED));
        EnumSet.complementOf(EnumSet.of(AllianceState.CLOSED, AllianceState.ABANDONED))
                .forEach(s -> assertTrue(!Lifecycle.isFinal(s), s.name()));
    }

    @Test
    void aStateNeverLeadsToItself() {
        for (AllianceState s : AllianceState.values()) {
            assertTrue(!Lifecycle.allows(s, s), s.name());
        }
    }
}
