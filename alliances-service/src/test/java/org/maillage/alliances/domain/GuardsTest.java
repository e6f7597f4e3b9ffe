package org.maillage.alliances.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuardsTest {

    private final Fixtures f = new Fixtures();

    @Test
    void agreedNeedsEverythingAndListsEveryUnmetCondition() {
        UUID other = UUID.randomUUID();
        f.actors.put(other, new ActorFacts("NONPROFIT", false));
        Alliance alliance = Alliance.propose(Fixtures.details(null, List.of()),
                List.of(new Member(f.association, MemberRole.PARTNER, Fixtures.T0)), Fixtures.T0);
        alliance.moveTo(AllianceState.BUILDING, null, Fixtures.T0);
        assertEquals(List.of("TooFewMembers", "SingleWorld", "LeadCount", "NoObjective", "NoType", "MissingCommitment"),
                Fixtures.codes(Guards.unmet(alliance, AllianceState.AGREED, null, f.actors())));
    }

    @Test
    void agreedNeedsTwoWorldsNotOnlyTwoMembers() {
        UUID sameWorld = UUID.randomUUID();
        f.actors.put(sameWorld, new ActorFacts("NONPROFIT", false));
        Alliance alliance = f.readyIn(AllianceState.BUILDING);
        alliance.leave(f.town, Fixtures.T0);
        alliance.join(new Member(sameWorld, MemberRole.CATALYST, Fixtures.T0), Fixtures.T0);
        assertEquals(List.of("SingleWorld"), Fixtures.codes(Guards.unmet(alliance, AllianceState.AGREED, null, f.actors())));
    }

    @Test
    void agreedNeedsExactlyOneLead() {
        Alliance alliance = f.readyIn(AllianceState.BUILDING);
        alliance.join(new Member(f.town, MemberRole.LEAD, Fixtures.T0), Fixtures.T0);
        List<UnmetCondition> unmet = Guards.unmet(alliance, AllianceState.AGREED, null, f.actors());
        assertEquals(List.of("LeadCount"), Fixtures.codes(unmet));
        assertTrue(unmet.get(0).message().contains("there are 2"));
    }

    @Test
    void catalystsEvaluatorsAndBeneficiariesNeedNoCommitmentButWithdrawnOnesDoNotCount() {
        UUID catalyst = UUID.randomUUID();
        f.actors.put(catalyst, new ActorFacts("ACADEMIC", false));
        Alliance alliance = f.readyIn(AllianceState.BUILDING);
        alliance.join(new Member(catalyst, MemberRole.CATALYST, Fixtures.T0), Fixtures.T0);
        assertEquals(List.of(), Guards.unmet(alliance, AllianceState.AGREED, null, f.actors()));
        Commitment townPledge = alliance.commitments().stream().filter(c -> c.memberActorId().equals(f.town)).findFirst().orElseThrow();
        alliance.settle(townPledge, CommitmentStatus.WITHDRAWN, Fixtures.T0);
        List<UnmetCondition> unmet = Guards.unmet(alliance, AllianceState.AGREED, null, f.actors());
        assertEquals(List.of("MissingCommitment"), Fixtures.codes(unmet));
        assertTrue(unmet.get(0).message().contains(f.town.toString()));
    }

    @Test
    void anArchivedAllianceGoesNowhere() {
        Alliance alliance = f.readyIn(AllianceState.BUILDING);
        assertEquals(List.of(), Guards.unmet(alliance, AllianceState.AGREED, null, f.actors()));
        alliance.archive(Fixtures.T0);
        for (AllianceState to : AllianceState.values()) {
            assertEquals(List.of("Archived"), Fixtures.codes(Guards.unmet(alliance, to, null, f.actors())), to.name());
        }
    }

    @Test
    void agreedRefusesArchivedMembers() {
        f.actors.put(f.town, new ActorFacts("PUBLIC", true));
        assertEquals(List.of("MemberArchived"),
                Fixtures.codes(Guards.unmet(f.readyIn(AllianceState.BUILDING), AllianceState.AGREED, null, f.actors())));
    }

    @Test
    void mediationNeedsANeutralMediator() {
        Alliance none = Alliance.propose(Fixtures.details(AllianceType.PHILANTHROPY, List.of()),
                List.of(new Member(f.association, MemberRole.LEAD, Fixtures.T0)), Fixtures.T0);
        none.moveTo(AllianceState.ACTIVE, null, Fixtures.T0);
        assertEquals(List.of("NoMediator"), Fixtures.codes(Guards.unmet(none, AllianceState.IN_MEDIATION, null, f.actors())));

        Alliance partial = f.readyIn(AllianceState.ACTIVE);
        partial.join(new Member(f.mediator, MemberRole.EVALUATOR, Fixtures.T0), Fixtures.T0);
        assertEquals(List.of("MediatorNotNeutral"),
                Fixtures.codes(Guards.unmet(partial, AllianceState.IN_MEDIATION, null, f.actors())));
    }

    @Test
    void reviewNeedsAnIndicatorAndATargetForEveryObjective() {
        Alliance alliance = f.readyIn(AllianceState.ACTIVE);
        alliance.describe(Fixtures.details(AllianceType.PHILANTHROPY, List.of(Fixtures.reviewable(),
                new Objective("Open a place", null, null, null, null),
                new Objective("Reach villages", "Villages reached", null, null, null))), Fixtures.T0);
        assertEquals(List.of("ObjectiveWithoutIndicator", "ObjectiveWithoutTarget", "ObjectiveWithoutTarget"),
                Fixtures.codes(Guards.unmet(alliance, AllianceState.UNDER_REVIEW, null, f.actors())));
        alliance.describe(Fixtures.details(AllianceType.PHILANTHROPY, List.of()), Fixtures.T0);
        assertEquals(List.of("NoObjective"), Fixtures.codes(Guards.unmet(alliance, AllianceState.UNDER_REVIEW, null, f.actors())));
    }

    @Test
    void closedNeedsAnOutcomeAndEveryCommitmentSettled() {
        Alliance alliance = f.readyIn(AllianceState.CLOSING);
        assertEquals(List.of("NoOutcome", "OpenCommitment", "OpenCommitment"),
                Fixtures.codes(Guards.unmet(alliance, AllianceState.CLOSED, null, f.actors())));
        alliance.settle(alliance.commitments().get(0), CommitmentStatus.DELIVERED, Fixtures.T0);
        alliance.settle(alliance.commitments().get(1), CommitmentStatus.WITHDRAWN, Fixtures.T0);
        assertEquals(List.of("NoOutcome"), Fixtures.codes(Guards.unmet(alliance, AllianceState.CLOSED, null, f.actors())));
        assertEquals(List.of(), Guards.unmet(alliance, AllianceState.CLOSED, Outcome.HANDED_OVER, f.actors()));
        alliance.moveTo(AllianceState.CLOSING, Outcome.SCALED, Fixtures.T0);
        assertEquals(List.of(), Guards.unmet(alliance, AllianceState.CLOSED, null, f.actors()), "outcome given when closing counts");
    }

    @Test
    void commitmentAmountsDoNotMatterToGuards() {
        Alliance alliance = f.readyIn(AllianceState.BUILDING);
        alliance.pledge(new Commitment(f.town, CommitmentKind.NETWORK, BigDecimal.ONE, "introductions", null, Fixtures.T0),
                Fixtures.T0);
        assertEquals(List.of(), Guards.unmet(alliance, AllianceState.AGREED, null, f.actors()));
    }
}
