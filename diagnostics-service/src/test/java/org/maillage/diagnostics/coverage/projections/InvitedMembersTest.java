package org.maillage.diagnostics.coverage.projections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.coverage.domain.AllianceMember;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.repository.KnownAllianceRepository;
import org.maillage.diagnostics.support.Events;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Organisations invited into an alliance are not its members until they accept. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class InvitedMembersTest {

    @Inject
    KnownAllianceRepository alliances;

    @Test
    void anInvitedOrganisationJoinsTheProjectionOnlyWhenItAccepts() {
        UUID alliance = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        UUID invited = UUID.randomUUID();
        UUID declining = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", alliance, """
                {"allianceId": "%s", "name": "Invitations", "state": "EMERGING",
                 "members": [{"actorId": "%s", "role": "LEAD"}], "invitedMembers": [{"actorId": "%s", "role": "PARTNER"}]}"""
                .formatted(alliance, lead, invited));
        Events.alliance("org.maillage.alliance.member-invited.v1", alliance, """
                {"allianceId": "%s", "actorId": "%s", "role": "FUNDER", "status": "INVITED", "invitedAt": "2026-05-02T10:00:00Z"}"""
                .formatted(alliance, declining));
        Events.alliance("org.maillage.alliance.member-declined.v1", alliance, """
                {"allianceId": "%s", "actorId": "%s", "role": "FUNDER", "status": "DECLINED", "leftAt": "2026-05-02T11:00:00Z"}"""
                .formatted(alliance, declining));
        Events.alliance("org.maillage.alliance.updated.v1", alliance, """
                {"allianceId": "%s", "name": "Invitations acceptées"}""".formatted(alliance));
        assertTrue(Eventually.holds(() -> "Invitations acceptées".equals(known(alliance).name()), Duration.ofSeconds(30)),
                "alliance events not applied");
        assertEquals(List.of(new AllianceMember(lead, "LEAD")), known(alliance).members());
        assertEquals("EMERGING", known(alliance).state());

        Events.alliance("org.maillage.alliance.member-joined.v1", alliance, """
                {"allianceId": "%s", "actorId": "%s", "role": "PARTNER", "status": "ACTIVE", "joinedAt": "2026-05-03T10:00:00Z"}"""
                .formatted(alliance, invited));
        assertTrue(Eventually.holds(() -> known(alliance).members().size() == 2, Duration.ofSeconds(30)),
                "the accepted invitation never joined");
        assertEquals(List.of(new AllianceMember(lead, "LEAD"), new AllianceMember(invited, "PARTNER")),
                known(alliance).members());
    }

    private KnownAlliance known(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> alliances.findByIdOptional(id)
                .orElse(new KnownAlliance(id)));
    }
}
