package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Merged members without duplicates, people as mediators, and idempotent retries beyond propose. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceGovernanceTest {

    private static final String MEDIATOR = "\"INTER_ORGANISATION_MEDIATOR\"";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    ActorFeed feed;
    UUID association;
    UUID town;

    @BeforeEach
    void actors() throws Exception {
        feed = new ActorFeed(bootstrapServers, entityManager);
        association = feed.registered("Association Valromey", "ASSOCIATION", "NONPROFIT");
        town = feed.registered("Commune d'Hauteville", "LOCAL_AUTHORITY", "PUBLIC");
    }

    private String propose(String extraMembers) {
        return given().contentType(ContentType.JSON).body("""
                        {"name":"Santé rurale","members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}%s]}"""
                        .formatted(association, town, extraMembers))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }

    @Test
    void mergingIntoAnActorHoldingTheSameRoleLeavesOneRowEvenWhenTheEventComesTwice() throws Exception {
        UUID survivor = feed.registered("Communauté de communes Bugey Sud", "LOCAL_AUTHORITY", "PUBLIC");
        String id = propose(",{\"actorId\":\"%s\",\"role\":\"FUNDER\"}".formatted(town));
        String base = "/api/v1/alliances/" + id;
        AllianceLifecycleTest.post(base + "/members", "{\"actorId\":\"%s\",\"role\":\"PARTNER\"}".formatted(survivor))
                .statusCode(201);
        AllianceLifecycleTest.post(base + "/commitments", """
                {"memberActorId":"%s","kind":"FINANCIAL","amount":5000,"unit":"EUR"}""".formatted(town)).statusCode(201);
        String townJoinedAt = given().when().get(base).then().extract()
                .path("members.find { it.actorId == '%s' && it.role == 'PARTNER' }.joinedAt".formatted(town));

        UUID eventId = UUID.randomUUID();
        feed.merged(survivor, town, eventId);
        feed.merged(survivor, town, eventId);
        assertTrue(Eventually.holds(() -> feed.count("SELECT count(*) FROM alliance_member WHERE actor_id = '" + town + "'") == 0,
                Duration.ofSeconds(30)), "absorbed actor re-pointed");
        feed.merged(survivor, town, UUID.randomUUID());
        assertTrue(Eventually.holds(() -> feed.count("SELECT count(*) FROM processed_event WHERE event_type = "
                + "'org.maillage.actor.merged.v1' AND processed_at > now() - interval '1 minute'") >= 2, Duration.ofSeconds(30)));
        Thread.sleep(500);

        assertEquals(1, feed.count("SELECT count(*) FROM alliance_member WHERE alliance_id = '" + id + "' AND actor_id = '"
                + survivor + "' AND role = 'PARTNER'"), "one PARTNER row for the survivor");
        List<Map<String, Object>> members = given().when().get(base).then().statusCode(200)
                .body("members", hasSize(3))
                .body("commitments[0].memberActorId", equalTo(survivor.toString()))
                .extract().path("members");
        Map<String, Object> partner = members.stream()
                .filter(m -> survivor.toString().equals(m.get("actorId")) && "PARTNER".equals(m.get("role"))).findFirst()
                .orElseThrow();
        assertEquals(townJoinedAt, partner.get("joinedAt"), "the survivor keeps the earlier joining date");
        assertEquals(1, members.stream()
                .filter(m -> survivor.toString().equals(m.get("actorId")) && "FUNDER".equals(m.get("role"))).count(),
                "a role the survivor did not hold is taken over");
        given().when().get(base + "/status").then().statusCode(200)
                .body("signals.membersWithoutCommitments", equalTo(List.of(association.toString())));
    }

    @Test
    void aPersonWithTheMediatorProfessionOfANeutralActorMediates() throws Exception {
        UUID consultancy = feed.registered("Cabinet Médiation Ain", "CONSULTANCY", "PRIVATE");
        UUID mediator = UUID.randomUUID();
        feed.person("added", mediator, consultancy, MEDIATOR + ",\"STRATEGIC_PARTNERSHIP_DIRECTOR\"", false, 0);
        String base = "/api/v1/alliances/" + propose("");

        AllianceLifecycleTest.put(base + "/mediator", "{\"personId\":\"%s\"}".formatted(mediator)).statusCode(200)
                .body("mediator.personId", equalTo(mediator.toString()))
                .body("mediator.actorId", equalTo(consultancy.toString()));
        AllianceLifecycleTest.post(base + "/members", "{\"actorId\":\"%s\",\"role\":\"PARTNER\"}".formatted(consultancy))
                .statusCode(422).body("errors[0].code", equalTo("MediatorCannotBeMember"));
        AllianceLifecycleTest.put(base + "/mediator", "{\"actorId\":\"%s\"}".formatted(consultancy)).statusCode(200)
                .body("mediator.personId", nullValue());
    }

    @Test
    void aPersonWhoseActorTakesPartOrWithoutTheProfessionCannotMediate() throws Exception {
        String base = "/api/v1/alliances/" + propose("");
        UUID ofMember = UUID.randomUUID();
        feed.person("added", ofMember, town, MEDIATOR, false, 0);
        AllianceLifecycleTest.put(base + "/mediator", "{\"personId\":\"%s\"}".formatted(ofMember)).statusCode(422)
                .body("errors[0].field", equalTo("personId")).body("errors[0].code", equalTo("MediatorNotNeutral"));

        UUID consultancy = feed.registered("Cabinet Conseil Bugey", "CONSULTANCY", "PRIVATE");
        UUID director = UUID.randomUUID();
        feed.person("added", director, consultancy, "\"STRATEGIC_PARTNERSHIP_DIRECTOR\"", false, 0);
        AllianceLifecycleTest.put(base + "/mediator", "{\"personId\":\"%s\"}".formatted(director)).statusCode(422)
                .body("errors[0].code", equalTo("NotAMediator"));
        AllianceLifecycleTest.put(base + "/mediator", "{\"personId\":\"%s\"}".formatted(UUID.randomUUID())).statusCode(422)
                .body("errors[0].code", equalTo("UnknownPerson"));
        AllianceLifecycleTest.put(base + "/mediator", "{\"personId\":\"%s\",\"actorId\":\"%s\"}".formatted(director, consultancy))
                .statusCode(400).body("errors[0].code", equalTo("ExactlyOne"));

        // profession dropped (v1), then the older added event (v0) arrives late: it must not restore it
        UUID former = UUID.randomUUID();
        feed.person("updated", former, consultancy, "", false, 1);
        feed.person("added", former, consultancy, MEDIATOR, false, 0);
        AllianceLifecycleTest.put(base + "/mediator", "{\"personId\":\"%s\"}".formatted(former)).statusCode(422)
                .body("errors[0].code", equalTo("NotAMediator"));
        UUID removed = UUID.randomUUID();
        feed.person("added", removed, consultancy, MEDIATOR, false, 0);
        feed.person("removed", removed, consultancy, MEDIATOR, true, 1);
        AllianceLifecycleTest.put(base + "/mediator", "{\"personId\":\"%s\"}".formatted(removed)).statusCode(422)
                .body("errors[0].code", equalTo("NotAMediator"));
        given().when().get(base).then().statusCode(200).body("mediator", nullValue());
    }

    @Test
    void idempotencyKeyReplaysAMemberJoiningInsteadOfAddingItTwice() throws Exception {
        UUID funder = feed.registered("Fondation du Bugey", "FOUNDATION", "NONPROFIT");
        String base = "/api/v1/alliances/" + propose("");
        String body = "{\"actorId\":\"%s\",\"role\":\"FUNDER\"}".formatted(funder);
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(base + "/members")
                .then().statusCode(201).body("members", hasSize(3));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(base + "/members")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("members", hasSize(3));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"actorId\":\"%s\",\"role\":\"PARTNER\"}".formatted(funder)).when().post(base + "/members")
                .then().statusCode(422);
        given().when().get(base).then().body("members", hasSize(3));
    }
}
