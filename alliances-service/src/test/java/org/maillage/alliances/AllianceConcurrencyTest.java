package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Concurrent writes, conditional requests, bad input, and the actor projection's archived and merged events. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceConcurrencyTest {

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
        association = feed.registered("Association Bugey", "ASSOCIATION", "NONPROFIT");
        town = feed.registered("Commune de Belley", "LOCAL_AUTHORITY", "PUBLIC");
    }

    private String propose() {
        return given().contentType(ContentType.JSON).body("""
                        {"name":"Mobilité rurale","members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                        .formatted(association, town))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }

    @Test
    void concurrentWritesOnTheSameVersionOneWinsTheOthersAreRefused() throws Exception {
        String base = "/api/v1/alliances/" + propose();
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String title = "Milestone " + i;
            Callable<Integer> write = () -> {
                start.await();
                return given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body("{\"title\":\"%s\",\"dueDate\":\"2027-01-31\"}".formatted(title))
                        .when().post(base + "/milestones").then().extract().statusCode();
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 409 || s == 412).count(), statuses.toString());
        given().when().get(base).then().statusCode(200).body("milestones", hasSize(1)).header("ETag", equalTo("\"1\""));
    }

    @Test
    void staleIfMatchIs412AndTheCurrentOneApplies() {
        String base = "/api/v1/alliances/" + propose();
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"to\":\"SCOPING\"}")
                .when().post(base + "/transitions").then().statusCode(412).contentType("application/problem+json");
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"7\"").body("{\"name\":\"X\"}")
                .when().patch(base).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"to\":\"SCOPING\"}")
                .when().post(base + "/transitions").then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void badInputIsAProblem() {
        String base = "/api/v1/alliances/" + propose();
        AllianceLifecycleTest.post(base + "/transitions", "{\"to\":\"NOWHERE\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        AllianceLifecycleTest.post(base + "/transitions", "{\"to\":\"SCOPING\",\"outcome\":\"ACHIEVED\"}").statusCode(422)
                .body("errors[0].code", equalTo("OutcomeNotExpected"));
        AllianceLifecycleTest.post(base + "/commitments", """
                {"memberActorId":"%s","kind":"FINANCIAL","amount":-3,"unit":"EUR"}""".formatted(town)).statusCode(400)
                .body("errors.field", hasItem("amount"));
        AllianceLifecycleTest.post(base + "/commitments", """
                {"memberActorId":"%s","kind":"FINANCIAL","amount":3,"unit":"EUR"}""".formatted(UUID.randomUUID()))
                .statusCode(422).body("errors[0].code", equalTo("NotAMember"));
        AllianceLifecycleTest.post(base + "/members", "{\"actorId\":\"%s\",\"role\":\"LEAD\"}".formatted(UUID.randomUUID()))
                .statusCode(422).body("errors[0].code", equalTo("UnknownActor"));
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"territories\":[\"Paris\"],\"colour\":1}")
                .when().patch(base).then().statusCode(400).contentType("application/problem+json");
        AllianceLifecycleTest.post("/api/v1/alliances/" + UUID.randomUUID() + "/transitions", "{\"to\":\"SCOPING\"}")
                .statusCode(404);
        given().when().delete(base + "/members/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void archivedMemberIsFlaggedAndAMergedOneIsRepointed() throws Exception {
        String id = propose();
        String base = "/api/v1/alliances/" + id;
        UUID survivor = feed.registered("Communauté de communes Bugey Sud", "LOCAL_AUTHORITY", "PUBLIC");

        feed.archived(association, null);
        given().when().get(base + "/status").then().statusCode(200)
                .body("attention", hasItem("MEMBER_ARCHIVED"))
                .body("signals.archivedMembers", equalTo(List.of(association.toString())));

        UUID eventId = UUID.randomUUID();
        feed.merged(survivor, town, eventId);
        feed.merged(survivor, town, eventId);
        feed.merged(survivor, town, UUID.randomUUID());
        assertEquals(true, Eventually.holds(() -> feed.count("SELECT count(*) FROM alliance_member WHERE alliance_id = '"
                + id + "' AND actor_id = '" + survivor + "'") == 1, Duration.ofSeconds(30)), "member re-pointed");
        given().when().get(base).then().statusCode(200)
                .body("members.actorId", hasItem(survivor.toString()))
                .body("members.actorId", org.hamcrest.Matchers.not(hasItem(town.toString())));
        assertEquals(0, feed.count("SELECT count(*) FROM alliance_member WHERE actor_id = '" + town + "'"));
    }
}
