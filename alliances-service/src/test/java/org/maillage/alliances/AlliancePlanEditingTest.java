package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Revising pledged commitments and rescheduling milestones, and their limits. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AlliancePlanEditingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void pledgedCommitmentsAreRevisedByTheirMemberUntilSettled() throws Exception {
        ActorFeed feed = new ActorFeed(bootstrapServers, entityManager);
        UUID association = feed.registered("Association Gex", "ASSOCIATION", "NONPROFIT");
        UUID company = feed.registered("Entreprise Gex", "COMPANY", "PRIVATE");
        String base = "/api/v1/alliances/" + propose(association, company);
        List<String> ids = AllianceLifecycleTest.post(base + "/commitments", """
                {"memberActorId":"%s","kind":"FINANCIAL","amount":1000,"unit":"EUR","dueDate":"2020-01-01"}"""
                .formatted(company)).statusCode(201).extract().path("commitments.id");
        String commitment = base + "/commitments/" + ids.get(0);

        AllianceLifecycleTest.put(commitment, """
                {"memberActorId":"%s","kind":"SKILLS","amount":12,"unit":"person-days","dueDate":"2031-06-30"}"""
                .formatted(company)).statusCode(200)
                .body("commitments[0].kind", equalTo("SKILLS")).body("commitments[0].amount", equalTo(12))
                .body("commitments[0].unit", equalTo("person-days")).body("commitments[0].dueDate", equalTo("2031-06-30"));
        given().when().get(base + "/status").then().body("signals.overdueCommitments", equalTo(List.of()));
        AllianceLifecycleTest.put(commitment, """
                {"memberActorId":"%s","kind":"SKILLS","amount":12,"unit":"person-days"}""".formatted(association))
                .statusCode(422).body("errors[0].code", equalTo("MemberCannotChange"));
        AllianceLifecycleTest.put(commitment + "/status", "{\"status\":\"WITHDRAWN\"}").statusCode(200);
        AllianceLifecycleTest.put(commitment, """
                {"memberActorId":"%s","kind":"SKILLS","amount":20,"unit":"person-days"}""".formatted(company))
                .statusCode(409);
        AllianceLifecycleTest.put(base + "/commitments/" + UUID.randomUUID(), """
                {"memberActorId":"%s","kind":"SKILLS","amount":20,"unit":"person-days"}""".formatted(company))
                .statusCode(404);
        assertTrue(feed.count("SELECT count(*) FROM alliance_change WHERE type = 'org.maillage.alliance.commitment-amended.v1'"
                + " AND alliance_id = '" + base.substring(base.lastIndexOf('/') + 1) + "'") == 1, "one amendment recorded");
    }

    @Test
    void milestonesAreRescheduledUntilReached() throws Exception {
        ActorFeed feed = new ActorFeed(bootstrapServers, entityManager);
        String base = "/api/v1/alliances/" + propose(feed.registered("Association Dombes", "ASSOCIATION", "NONPROFIT"),
                feed.registered("Commune de Dombes", "LOCAL_AUTHORITY", "PUBLIC"));
        List<String> ids = AllianceLifecycleTest.post(base + "/milestones", "{\"title\":\"Lancement\",\"dueDate\":\"2020-01-01\"}")
                .statusCode(201).extract().path("milestones.id");
        given().when().get(base + "/status").then().body("attention", equalTo(List.of("OVERDUE")));
        String milestone = base + "/milestones/" + ids.get(0);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"title\":\"X\",\"dueDate\":\"2031-01-01\"}")
                .when().put(milestone).then().statusCode(412);
        AllianceLifecycleTest.put(milestone, "{\"title\":\"Lancement public\",\"dueDate\":\"2031-01-01\"}").statusCode(200)
                .body("milestones[0].title", equalTo("Lancement public")).body("milestones[0].dueDate", equalTo("2031-01-01"));
        given().when().get(base + "/status").then().body("attention", equalTo(List.of()));
        AllianceLifecycleTest.put(milestone, "{\"title\":\"\",\"dueDate\":\"2031-01-01\"}").statusCode(400);
        AllianceLifecycleTest.post(milestone + "/reached", "").statusCode(200);
        AllianceLifecycleTest.put(milestone, "{\"title\":\"Encore\",\"dueDate\":\"2032-01-01\"}").statusCode(409);
    }

    private static String propose(UUID lead, UUID partner) {
        return given().contentType(ContentType.JSON).body("""
                        {"name":"Plan","members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                        .formatted(lead, partner))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }
}
