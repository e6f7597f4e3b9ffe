package org.maillage.alliances.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusCalculatorTest {

    private static final AttentionThresholds THRESHOLDS = new AttentionThresholds(30, 0.5);
    private final Fixtures f = new Fixtures();

    @Test
    void listsEveryNextStateWithItsUnmetConditions() {
        Alliance alliance = f.readyIn(AllianceState.BUILDING);
        alliance.leave(f.town, Fixtures.T0);
        AllianceStatus status = StatusCalculator.of(alliance, f.actors(), THRESHOLDS, Fixtures.T0.plus(Duration.ofDays(3)));
        assertEquals(AllianceState.BUILDING, status.state());
        assertEquals(3, status.daysInState());
        assertEquals(List.of(AllianceState.AGREED, AllianceState.ABANDONED),
                status.transitions().stream().map(TransitionOption::to).toList());
        TransitionOption agreed = status.transitions().get(0);
        assertFalse(agreed.allowed());
        assertEquals(List.of("TooFewMembers", "SingleWorld"), Fixtures.codes(agreed.unmetConditions()));
        assertTrue(status.transitions().get(1).allowed());
    }

    @Test
    void signalsAndFlags() {
        Alliance alliance = f.readyIn(AllianceState.ACTIVE);
        Instant now = Fixtures.T0.plus(Duration.ofDays(40));
        alliance.plan(new Milestone("Kick-off", LocalDate.of(2026, 1, 15)), Fixtures.T0);
        alliance.settle(alliance.commitments().get(1), CommitmentStatus.DELIVERED, Fixtures.T0);
        f.actors.put(f.town, new ActorFacts("PUBLIC", true));

        AllianceStatus status = StatusCalculator.of(alliance, f.actors(), THRESHOLDS, now);
        AllianceStatus.Signals s = status.signals();
        assertEquals(1, s.overdueMilestones().size());
        assertEquals(Set.of("NONPROFIT", "PUBLIC"), s.worldsRepresented());
        assertEquals(List.of(f.town), s.archivedMembers());
        assertEquals(List.of(), s.membersWithoutCommitments());
        assertEquals(1.0, s.balanceIndex());
        CommitmentTotal money = s.commitments().stream().filter(t -> t.kind() == CommitmentKind.FINANCIAL).findFirst().orElseThrow();
        assertEquals(0, money.delivered().compareTo(BigDecimal.valueOf(5000)));
        assertEquals(40, s.daysSinceLastActivity());
        assertEquals(Set.of(AttentionFlag.STALLED, AttentionFlag.OVERDUE, AttentionFlag.MEMBER_ARCHIVED), status.attention());
    }

    @Test
    void imbalanceIsFlaggedAndFinalAlliancesNeedNoAttention() {
        Alliance alliance = f.readyIn(AllianceState.ACTIVE);
        alliance.pledge(new Commitment(f.association, CommitmentKind.FINANCIAL, BigDecimal.valueOf(500000), "EUR", null,
                Fixtures.T0), Fixtures.T0);
        alliance.pledge(new Commitment(f.association, CommitmentKind.SKILLS, BigDecimal.valueOf(1000), "person-days", null,
                Fixtures.T0), Fixtures.T0);
        AllianceStatus status = StatusCalculator.of(alliance, f.actors(), THRESHOLDS, Fixtures.T0);
        assertTrue(status.signals().balanceIndex() < 0.5, "balance " + status.signals().balanceIndex());
        assertEquals(Set.of(AttentionFlag.IMBALANCED), status.attention());

        alliance.moveTo(AllianceState.ABANDONED, null, Fixtures.T0);
        assertEquals(Set.of(), StatusCalculator.of(alliance, f.actors(), THRESHOLDS, Fixtures.T0.plus(Duration.ofDays(400))).attention());
    }
}
