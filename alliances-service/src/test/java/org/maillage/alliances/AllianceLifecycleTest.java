package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TopicReader;

/** An alliance taken from EMERGING to CLOSED through the API, with every refusal explaining itself. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    ActorFeed feed;

    @BeforeEach
    void feed() {
        feed = new ActorFeed(bootstrapServers, entityManager);
    }

    @Test
    void fromEmergingToClosed() throws Exception {
        UUID association = feed.registered("Les Restos du Bugey", "ASSOCIATION", "NONPROFIT");
        UUID town = feed.registered("Ville d'Ambérieu-en-Bugey", "LOCAL_AUTHORITY", "PUBLIC");
        UUID company = feed.registered("Bugey Numérique SA", "COMPANY", "PRIVATE");
        UUID mediator = feed.registered("Médiation Ain", "ASSOCIATION", "NONPROFIT");
        String id = given().contentType(ContentType.JSON).body("""
                        {"name":"Inclusion numérique","territories":["01004"],"themes":["DIGITAL_INCLUSION"],
                         "members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                        .formatted(association, town))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        String base = "/api/v1/alliances/" + id;

        transition(base, "AGREED", null).statusCode(409).contentType("application/problem+json")
                .body("errors.code", equalTo(List.of("TransitionNotAllowed")));
        transition(base, "SCOPING", "partners met twice").statusCode(200).body("state", equalTo("SCOPING"));
        transition(base, "BUILDING", null).statusCode(200);
        transition(base, "AGREED", null).statusCode(409)
                .body("errors.code", equalTo(List.of("NoObjective", "NoType", "MissingCommitment", "MissingCommitment")))
                .body("errors.field", everyItem(equalTo("to")));
        given().when().get(base + "/status").then().statusCode(200)
                .body("state", equalTo("BUILDING"))
                .body("transitions.to", equalTo(List.of("AGREED", "ABANDONED")))
                .body("transitions[0].allowed", equalTo(false))
                .body("transitions[0].unmetConditions.code", hasItems("NoObjective", "NoType"))
                .body("transitions[1].allowed", equalTo(true))
                .body("signals.membersWithoutCommitments", hasSize(2))
                .body("signals.worldsRepresented", containsInAnyOrder("NONPROFIT", "PUBLIC"))
                .body("signals.balanceIndex", nullValue());

        given().contentType("application/merge-patch+json; charset=UTF-8").body("""
                        {"type":"SOCIETAL_INNOVATION","objectives":[{"title":"Train seniors","indicator":"Seniors trained",
                         "baseline":0,"target":500,"dueDate":"2027-06-30"}]}""")
                .when().patch(base).then().statusCode(200)
                .body("type", equalTo("SOCIETAL_INNOVATION")).body("name", equalTo("Inclusion numérique"))
                .body("objectives[0].target", equalTo(500));
        post(base + "/members", "{\"actorId\":\"%s\",\"role\":\"FUNDER\"}".formatted(company)).statusCode(201);
        String first = pledge(base, association, "SKILLS", 20, "person-days");
        String second = pledge(base, town, "FINANCIAL", 10000, "EUR");
        String third = pledge(base, company, "FINANCIAL", 15000, "EUR");
        transition(base, "AGREED", "agreement signed").statusCode(200).body("state", equalTo("AGREED"));
        transition(base, "ACTIVE", null).statusCode(200);

        transition(base, "IN_MEDIATION", null).statusCode(409).body("errors.code", equalTo(List.of("NoMediator")));
        put(base + "/mediator", "{\"actorId\":\"%s\"}".formatted(town)).statusCode(422)
                .body("errors[0].code", equalTo("MediatorNotNeutral"));
        put(base + "/mediator", "{\"actorId\":\"%s\"}".formatted(mediator)).statusCode(200)
                .body("mediator.actorId", equalTo(mediator.toString()));
        transition(base, "IN_MEDIATION", "disagreement on funding").statusCode(200);
        transition(base, "ACTIVE", "settled").statusCode(200);

        String milestone = post(base + "/milestones", "{\"title\":\"Kick-off\",\"dueDate\":\"2027-01-31\"}")
                .statusCode(201).extract().path("milestones[0].id");
        given().when().post(base + "/milestones/" + milestone + "/reached").then().statusCode(200)
                .body("milestones[0].doneAt", org.hamcrest.Matchers.notNullValue());
        transition(base, "UNDER_REVIEW", "yearly review").statusCode(200);
        post(base + "/transitions", "{\"to\":\"CLOSING\",\"reason\":\"goal reached\",\"outcome\":\"ACHIEVED\"}")
                .statusCode(200).body("outcome", equalTo("ACHIEVED"));
        transition(base, "CLOSED", null).statusCode(409)
                .body("errors.code", equalTo(List.of("OpenCommitment", "OpenCommitment", "OpenCommitment")));
        settle(base, first, "DELIVERED").statusCode(200);
        settle(base, second, "DELIVERED").statusCode(200);
        settle(base, third, "WITHDRAWN").statusCode(200);
        settle(base, third, "DELIVERED").statusCode(409);
        transition(base, "CLOSED", "done").statusCode(200).body("state", equalTo("CLOSED"));

        transition(base, "ACTIVE", null).statusCode(409).body("errors.code", equalTo(List.of("FinalState")));
        post(base + "/members", "{\"actorId\":\"%s\",\"role\":\"PARTNER\"}".formatted(mediator)).statusCode(409);
        given().when().get(base + "/status").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("transitions", hasSize(0)).body("attention", hasSize(0));

        given().queryParam("limit", 500).when().get(base + "/timeline").then().statusCode(200)
                .body("items[0].type", equalTo("org.maillage.alliance.proposed.v1"))
                .body("items.madeBy", everyItem(equalTo("test-admin")))
                .body("items.reason", hasItems("agreement signed", "disagreement on funding", "done"))
                .body("items.findAll { it.type == 'org.maillage.alliance.state-changed.v1' }.data.to", equalTo(List.of(
                        "SCOPING", "BUILDING", "AGREED", "ACTIVE", "IN_MEDIATION", "ACTIVE", "UNDER_REVIEW", "CLOSING", "CLOSED")))
                .body("nextCursor", nullValue());
        String next = given().queryParam("limit", 2).when().get(base + "/timeline").then().statusCode(200)
                .body("items", hasSize(2)).extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", next).when().get(base + "/timeline").then().statusCode(200)
                .body("items[0].type", equalTo("org.maillage.alliance.state-changed.v1"));

        var records = TopicReader.readUntil(bootstrapServers, Topics.ALLIANCES,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key()) && new String(r.value(), StandardCharsets.UTF_8)
                        .contains("\"to\":\"CLOSED\"")), Duration.ofSeconds(30));
        Set<String> types = records.stream().filter(r -> id.equals(r.key()))
                .map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("org.maillage.alliance.proposed.v1", "org.maillage.alliance.updated.v1",
                "org.maillage.alliance.state-changed.v1", "org.maillage.alliance.member-joined.v1",
                "org.maillage.alliance.mediator-assigned.v1", "org.maillage.alliance.commitment-pledged.v1",
                "org.maillage.alliance.commitment-delivered.v1", "org.maillage.alliance.commitment-withdrawn.v1",
                "org.maillage.alliance.milestone-planned.v1", "org.maillage.alliance.milestone-reached.v1")), types.toString());
        long stateChanges = records.stream().filter(r -> id.equals(r.key()) && "org.maillage.alliance.state-changed.v1"
                .equals(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))).count();
        assertTrue(stateChanges == 9, "one event per transition, got " + stateChanges);
    }

    private ValidatableResponse transition(String base, String to, String reason) {
        return post(base + "/transitions", reason == null ? "{\"to\":\"%s\"}".formatted(to)
                : "{\"to\":\"%s\",\"reason\":\"%s\"}".formatted(to, reason));
    }

    private String pledge(String base, UUID member, String kind, int amount, String unit) {
        List<String> ids = post(base + "/commitments", """
                {"memberActorId":"%s","kind":"%s","amount":%d,"unit":"%s","dueDate":"2030-01-01"}"""
                .formatted(member, kind, amount, unit)).statusCode(201).extract().path("commitments.id");
        return ids.get(ids.size() - 1);
    }

    private ValidatableResponse settle(String base, String commitment, String status) {
        return put(base + "/commitments/" + commitment + "/status", "{\"status\":\"%s\"}".formatted(status));
    }

    static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static ValidatableResponse put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path).then();
    }
}
