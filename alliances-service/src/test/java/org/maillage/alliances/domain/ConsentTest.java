package org.maillage.alliances.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.problem.UnprocessableException;

class ConsentTest {

    private final Fixtures f = new Fixtures();
    private final UUID outsider = UUID.randomUUID();
    private final Acting lead = new Acting(f.association, false);
    private final Acting town = new Acting(f.town, false);
    private final Acting admin = new Acting(null, true);

    @Test
    void aPledgeIsTheMembersOwnOrOnlyProposedByTheLead() {
        Alliance alliance = f.ready();
        assertEquals(CommitmentStatus.PLEDGED, Consent.pledging(town, f.town));
        assertEquals(CommitmentStatus.PROPOSED, Consent.pledging(lead, f.town));
        assertEquals(CommitmentStatus.PLEDGED, Consent.pledging(admin, f.town));
        Consent.requirePledger(alliance, lead, f.town);
        assertThrows(ForbiddenException.class, () -> Consent.requirePledger(alliance, town, f.association));
        assertThrows(ForbiddenException.class, () -> Consent.requirePledger(alliance, new Acting(outsider, false), f.town));
    }

    @Test
    void anInvitedOrganisationCountsNowhereAndIsAttributedNoPledge() {
        Alliance alliance = Alliance.propose(Fixtures.details(AllianceType.SOCIETAL_INNOVATION, List.of(Fixtures.reviewable())),
                List.of(Consent.entering(lead, f.association, MemberRole.LEAD, Fixtures.T0),
                        Consent.entering(lead, f.town, MemberRole.PARTNER, Fixtures.T0)), Fixtures.T0);
        assertEquals(List.of(f.association), alliance.activeMembers().stream().map(Member::actorId).toList());
        UnprocessableException refused = assertThrows(UnprocessableException.class,
                () -> Consent.requireAttributable(alliance, f.town));
        assertTrue(refused.getMessage().contains("has not accepted its invitation"));

        List<UnmetCondition> scoping = Guards.unmet(alliance, AllianceState.SCOPING, null, f.actors());
        assertEquals(List.of("TooFewMembers"), Fixtures.codes(scoping));
        assertTrue(scoping.get(0).message().contains("waiting for [" + f.town + "] to accept"));
        alliance.moveTo(AllianceState.BUILDING, null, Fixtures.T0);
        assertTrue(Fixtures.codes(Guards.unmet(alliance, AllianceState.AGREED, null, f.actors())).contains("PendingInvitation"));

        assertThrows(ForbiddenException.class, () -> Consent.requireInvitee(alliance, lead, f.town));
        Consent.requireInvitee(alliance, town, f.town);
        alliance.answerInvitation(f.town, true, Fixtures.T0);
        assertThrows(ConflictException.class, () -> Consent.requireInvitee(alliance, town, f.town));
        assertEquals(List.of("MissingCommitment", "MissingCommitment"),
                Fixtures.codes(Guards.unmet(alliance, AllianceState.AGREED, null, f.actors())));
    }

    @Test
    void aProposedCommitmentCountsOnlyOnceConfirmed() {
        Alliance alliance = f.readyIn(AllianceState.BUILDING);
        Commitment proposed = new Commitment(f.town, CommitmentKind.SKILLS, BigDecimal.TEN, "person-days", null,
                CommitmentStatus.PROPOSED, Fixtures.T0);
        alliance.pledge(proposed, Fixtures.T0);
        assertEquals(List.of("UnconfirmedCommitment"), Fixtures.codes(Guards.unmet(alliance, AllianceState.AGREED, null, f.actors())));
        assertNull(BalanceIndex.of(List.of(f.association, f.town), List.of(proposed)));

        assertThrows(ForbiddenException.class, () -> Consent.requireAnswer(alliance, lead, proposed));
        Consent.requireAnswer(alliance, town, proposed);
        alliance.confirm(proposed, Fixtures.T0);
        assertEquals(CommitmentStatus.PLEDGED, proposed.status());
        assertEquals(List.of(), Fixtures.codes(Guards.unmet(alliance, AllianceState.AGREED, null, f.actors())));
        assertThrows(ConflictException.class, () -> Consent.requireAnswer(alliance, town, proposed));
    }

    @Test
    void theLeadNeitherRevisesNorWithdrawsAMembersPledgeButTheMemberAlwaysMay() {
        Alliance alliance = f.ready();
        Commitment townsPledge = alliance.commitments().get(1);
        assertThrows(ForbiddenException.class, () -> Consent.requireAmend(alliance, lead, townsPledge));
        assertThrows(ForbiddenException.class,
                () -> Consent.requireSettle(alliance, lead, townsPledge, CommitmentStatus.WITHDRAWN));
        Consent.requireSettle(alliance, lead, townsPledge, CommitmentStatus.DELIVERED);
        Consent.requireSettle(alliance, town, townsPledge, CommitmentStatus.WITHDRAWN);
        Consent.requireAmend(alliance, town, townsPledge);
        assertThrows(ConflictException.class,
                () -> Consent.requireSettle(alliance, town, townsPledge, CommitmentStatus.DECLINED));
    }

    @Test
    void decliningAnInvitationKeepsTheRolesAlreadyHeld() {
        Alliance alliance = f.ready();
        alliance.join(Consent.entering(lead, f.town, MemberRole.LEAD, Fixtures.T0), Fixtures.T0);
        assertEquals(List.of(MemberStatus.DECLINED),
                alliance.answerInvitation(f.town, false, Fixtures.T0).stream().map(Member::status).toList());
        assertEquals(List.of(MemberRole.PARTNER), alliance.currentMembers(f.town).stream().map(Member::role).toList());
        assertEquals(CommitmentStatus.PLEDGED, alliance.commitments().get(1).status());
    }

    @Test
    void theOnlyLeadHandsOverBeforeLeavingAndAMembersOpenPledgesEndWithIt() {
        Alliance alliance = f.ready();
        ConflictException lastLead = assertThrows(ConflictException.class, () -> Consent.requireLeave(alliance, lead, f.association));
        assertTrue(lastLead.getMessage().contains("hand the lead over"));
        assertThrows(ForbiddenException.class, () -> Consent.requireLeave(alliance, town, f.association));
        Consent.requireLeave(alliance, town, f.town);
        Commitment proposed = new Commitment(f.town, CommitmentKind.NETWORK, BigDecimal.ONE, "introductions", null,
                CommitmentStatus.PROPOSED, Fixtures.T0);
        alliance.pledge(proposed, Fixtures.T0);

        Departure departure = alliance.leave(f.town, Fixtures.T0);
        assertEquals(List.of(MemberStatus.LEFT), departure.members().stream().map(Member::status).toList());
        assertEquals(List.of(CommitmentStatus.WITHDRAWN, CommitmentStatus.DECLINED),
                departure.commitments().stream().map(Commitment::status).toList());
    }
}
