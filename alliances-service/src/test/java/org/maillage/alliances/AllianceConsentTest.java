package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

/**
 * Nobody speaks for another organisation: invitations are accepted by the invited, pledges in another member's
 * name confirmed by that member, and every member may withdraw its own pledges and leave.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceConsentTest {

    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    UUID lead;
    UUID partner;
    UUID outsider;

    @BeforeEach
    void actors() throws Exception {
        ActorFeed feed = new ActorFeed(bootstrapServers, entityManager);
        lead = feed.registered("Association Dombes", "ASSOCIATION", "NONPROFIT");
        partner = feed.registered("Commune de Trévoux", "LOCAL_AUTHORITY", "PUBLIC");
        outsider = feed.registered("Entreprise de la Saône", "COMPANY", "PRIVATE");
    }

    @Test
    void theOtherMembersNamedAtProposalAreInvitedUntilTheyAccept() {
        String base = proposedByTheLead();
        given().get(base).then().statusCode(200)
                .body("members.find { it.actorId == '%s' }.status".formatted(lead), equalTo("ACTIVE"))
                .body("members.find { it.actorId == '%s' }.status".formatted(partner), equalTo("INVITED"))
                .body("members.find { it.actorId == '%s' }.joinedAt".formatted(partner), nullValue())
                .body("members.find { it.actorId == '%s' }.invitedAt".formatted(partner), notNullValue());
        given().get(base + "/status").then().statusCode(200)
                .body("signals.pendingInvitations.actorId", equalTo(List.of(partner.toString())))
                .body("transitions.find { it.to == 'SCOPING' }.allowed", equalTo(false))
                .body("transitions.find { it.to == 'SCOPING' }.unmetConditions[0].message",
                        containsString("waiting for [" + partner + "] to accept"));

        // Neither the lead nor an outsider answers for the invited organisation.
        as(lead).post(base + "/members/" + partner + "/acceptance").then().statusCode(403).contentType(PROBLEM);
        as(outsider).post(base + "/members/" + partner + "/acceptance").then().statusCode(403).contentType(PROBLEM);
        as(lead).contentType(ContentType.JSON).body("{\"to\":\"SCOPING\"}").post(base + "/transitions")
                .then().statusCode(409).body("errors.code", hasItem("TooFewMembers"));
        given().get(base).then().header("ETag", "\"0\"")
                .body("members.find { it.actorId == '%s' }.status".formatted(partner), equalTo("INVITED"));

        as(partner).post(base + "/members/" + partner + "/acceptance").then().statusCode(200)
                .body("members.find { it.actorId == '%s' }.status".formatted(partner), equalTo("ACTIVE"))
                .body("members.find { it.actorId == '%s' }.joinedAt".formatted(partner), notNullValue());
        as(partner).post(base + "/members/" + partner + "/acceptance").then().statusCode(409);
        as(lead).contentType(ContentType.JSON).body("{\"to\":\"SCOPING\"}").post(base + "/transitions")
                .then().statusCode(200).body("state", equalTo("SCOPING"));
        given().queryParam("limit", 500).get(base + "/timeline").then().statusCode(200)
                .body("items.type", hasItems("org.maillage.alliance.proposed.v1", "org.maillage.alliance.member-joined.v1"))
                .body("items.find { it.type == 'org.maillage.alliance.proposed.v1' }.data.invitedMembers.actorId",
                        equalTo(List.of(partner.toString())))
                .body("items.find { it.type == 'org.maillage.alliance.member-joined.v1' }.data.status", equalTo("ACTIVE"))
                .body("items.find { it.type == 'org.maillage.alliance.member-joined.v1' }.madeBy",
                        equalTo("test-partner-" + partner));
    }

    @Test
    void anOrganisationTheLeadAddsIsInvitedAndMayDecline() {
        String base = withAcceptedPartner();
        as(lead).contentType(ContentType.JSON).body("{\"actorId\":\"%s\",\"role\":\"FUNDER\"}".formatted(outsider))
                .post(base + "/members").then().statusCode(201)
                .body("members.find { it.actorId == '%s' }.status".formatted(outsider), equalTo("INVITED"));
        // An invited organisation is attributed no pledge, by nobody, before it accepts.
        pledge(as(lead), base, outsider, "50000").statusCode(422).body("errors[0].code", equalTo("InvitationPending"));
        pledge(as(outsider), base, outsider, "50000").statusCode(422).body("errors[0].code", equalTo("InvitationPending"));
        as(partner).post(base + "/members/" + outsider + "/refusal").then().statusCode(403);

        as(outsider).post(base + "/members/" + outsider + "/refusal").then().statusCode(200)
                .body("members.find { it.actorId == '%s' }.status".formatted(outsider), equalTo("DECLINED"))
                .body("members.find { it.actorId == '%s' }.leftAt".formatted(outsider), notNullValue());
        as(outsider).post(base + "/members/" + outsider + "/acceptance").then().statusCode(404);
        given().get(base).then().body("commitments", hasSize(0));
        given().queryParam("limit", 500).get(base + "/timeline").then()
                .body("items.type", hasItems("org.maillage.alliance.member-invited.v1",
                        "org.maillage.alliance.member-declined.v1"));

        // The lead adding its own organisation in another role needs nobody's consent.
        as(lead).contentType(ContentType.JSON).body("{\"actorId\":\"%s\",\"role\":\"FUNDER\"}".formatted(lead))
                .post(base + "/members").then().statusCode(201)
                .body("members.findAll { it.actorId == '%s' }.status".formatted(lead), equalTo(List.of("ACTIVE", "ACTIVE")));
    }

    @Test
    void aLeadsPledgeInAnotherMembersNameWaitsForThatMembersConfirmation() {
        String base = withAcceptedPartner();
        String proposed = id(pledge(as(lead), base, partner, "50000").statusCode(201)
                .body("commitments[0].status", equalTo("PROPOSED")));
        given().get(base + "/status").then().statusCode(200)
                .body("signals.pendingCommitments.commitmentId", equalTo(List.of(proposed)))
                .body("signals.pendingCommitments.memberActorId", equalTo(List.of(partner.toString())))
                .body("signals.commitments", hasSize(0))
                .body("signals.membersWithoutCommitments", hasItem(partner.toString()));

        // The lead cannot confirm for the partner, an outsider cannot pledge or confirm at all.
        as(lead).post(base + "/commitments/" + proposed + "/confirmation").then().statusCode(403).contentType(PROBLEM);
        as(outsider).post(base + "/commitments/" + proposed + "/confirmation").then().statusCode(403);
        pledge(as(outsider), base, partner, "1").statusCode(403).contentType(PROBLEM);
        given().get(base).then().body("commitments", hasSize(1)).body("commitments[0].status", equalTo("PROPOSED"));

        as(partner).post(base + "/commitments/" + proposed + "/confirmation").then().statusCode(200)
                .body("commitments[0].status", equalTo("PLEDGED"));
        given().get(base + "/status").then()
                .body("signals.commitments[0].pledged", equalTo(50000))
                .body("signals.pendingCommitments", hasSize(0));

        // Once pledged it is the partner's: the lead neither revises nor withdraws it.
        as(lead).contentType(ContentType.JSON).body(commitment(partner, "1")).put(base + "/commitments/" + proposed)
                .then().statusCode(403);
        settle(as(lead), base, proposed, "WITHDRAWN").statusCode(403).contentType(PROBLEM);
        given().get(base).then().body("commitments[0].status", equalTo("PLEDGED"))
                .body("commitments[0].amount", equalTo(50000));
        settle(as(partner), base, proposed, "WITHDRAWN").statusCode(200).body("commitments[0].status", equalTo("WITHDRAWN"));

        String declined = id(pledge(as(lead), base, partner, "700"));
        as(partner).post(base + "/commitments/" + declined + "/decline").then().statusCode(200)
                .body("commitments.find { it.id == '%s' }.status".formatted(declined), equalTo("DECLINED"));
        as(partner).post(base + "/commitments/" + declined + "/confirmation").then().statusCode(409);
        given().queryParam("limit", 500).get(base + "/timeline").then()
                .body("items.type", hasItems("org.maillage.alliance.commitment-proposed.v1",
                        "org.maillage.alliance.commitment-confirmed.v1", "org.maillage.alliance.commitment-declined.v1"));
    }

    @Test
    void theBalanceIndexCountsOnlyConfirmedPledges() {
        String base = withAcceptedPartner();
        pledge(as(lead), base, lead, "100").statusCode(201).body("commitments[0].status", equalTo("PLEDGED"));
        String proposed = id(pledge(as(lead), base, partner, "100"));
        given().get(base + "/status").then().body("signals.balanceIndex", equalTo(0.0f))
                .body("signals.commitments[0].pledged", equalTo(100)).body("signals.commitments[0].count", equalTo(1));
        as(partner).post(base + "/commitments/" + proposed + "/confirmation").then().statusCode(200);
        given().get(base + "/status").then().body("signals.balanceIndex", equalTo(1.0f))
                .body("signals.commitments[0].pledged", equalTo(200));
    }

    @Test
    void aMemberLeavesByItselfAndItsOpenPledgesEndWithIt() {
        String base = withAcceptedPartner();
        String own = id(pledge(as(partner), base, partner, "300").body("commitments[0].status", equalTo("PLEDGED")));
        String proposed = id(pledge(as(lead), base, partner, "400"));

        as(outsider).delete(base + "/members/" + partner).then().statusCode(403).contentType(PROBLEM);
        as(partner).delete(base + "/members/" + lead).then().statusCode(403).contentType(PROBLEM);
        as(lead).delete(base + "/members/" + lead).then().statusCode(409).body("errors[0].code", equalTo("LastLead"))
                .body("detail", containsString("hand the lead over"));
        given().get(base).then().header("ETag", "\"3\"")
                .body("members.status", equalTo(List.of("ACTIVE", "ACTIVE")));

        as(partner).delete(base + "/members/" + partner).then().statusCode(200)
                .body("members.find { it.actorId == '%s' }.status".formatted(partner), equalTo("LEFT"))
                .body("commitments.find { it.id == '%s' }.status".formatted(own), equalTo("WITHDRAWN"))
                .body("commitments.find { it.id == '%s' }.status".formatted(proposed), equalTo("DECLINED"));
    }

    @Test
    void theLeadHandsOverBeforeLeaving() {
        String base = withAcceptedPartner();
        as(lead).contentType(ContentType.JSON).body("{\"actorId\":\"%s\",\"role\":\"LEAD\"}".formatted(partner))
                .post(base + "/members").then().statusCode(201);
        as(lead).delete(base + "/members/" + lead).then().statusCode(409);
        as(partner).post(base + "/members/" + partner + "/acceptance").then().statusCode(200);
        as(lead).delete(base + "/members/" + lead).then().statusCode(200)
                .body("members.find { it.actorId == '%s' }.status".formatted(lead), equalTo("LEFT"));
        // The former lead no longer changes the alliance; the new one does.
        as(lead).contentType("application/merge-patch+json; charset=UTF-8").body("{\"name\":\"Repris\"}").patch(base)
                .then().statusCode(403);
        as(partner).contentType("application/merge-patch+json; charset=UTF-8").body("{\"name\":\"Repris\"}").patch(base)
                .then().statusCode(200).body("name", equalTo("Repris"));
    }

    private String proposedByTheLead() {
        return "/api/v1/alliances/" + as(lead).contentType(ContentType.JSON).body("""
                        {"name":"Dombes solidaire","members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                        .formatted(lead, partner))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }

    private String withAcceptedPartner() {
        String base = proposedByTheLead();
        as(partner).post(base + "/members/" + partner + "/acceptance").then().statusCode(200);
        return base;
    }

    static ValidatableResponse pledge(RequestSpecification as, String base, UUID member, String amount) {
        return as.contentType(ContentType.JSON).body(commitment(member, amount)).post(base + "/commitments").then();
    }

    private static ValidatableResponse settle(RequestSpecification as, String base, String commitmentId, String status) {
        return as.contentType(ContentType.JSON).body("{\"status\":\"" + status + "\"}")
                .put(base + "/commitments/" + commitmentId + "/status").then();
    }

    static String commitment(UUID member, String amount) {
        return """
                {"memberActorId":"%s","kind":"FINANCIAL","amount":%s,"unit":"EUR"}""".formatted(member, amount);
    }

    /** The id of the commitment a pledge just created, from its Location. */
    private static String id(ValidatableResponse created) {
        String location = created.statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static RequestSpecification as(UUID organisation) {
        return given().header(TestIdentity.HEADER, TestIdentity.partner(organisation, "alliances:read", "alliances:write"));
    }
}
