package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

/** Starting a proven alliance again elsewhere, what it carries, and the lineage of replications. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ReplicationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String OBJECTIVES = """
            [{"title":"Train seniors","indicator":"demo_seniors_trained","baseline":0,"target":500,"dueDate":"2027-06-30"},
             {"title":"Fewer excluded","indicator":"demo_digital_exclusion_rate","baseline":30,"target":20}]""";

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
    void aProvenAllianceStartsAgainElsewhereWithWhatItMeans() throws Exception {
        ActiveAlliance source = proven("Inclusion numérique");
        UUID newcomer = feed.registered("Centre social de Bourg", "ASSOCIATION", "NONPROFIT");

        String location = as(newcomer).contentType(ContentType.JSON).body("{\"territories\":[\"01053\"]}")
                .post(source.path + "/replications")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Inclusion numérique — Bourg-en-Bresse"))
                .body("state", equalTo("EMERGING"))
                .body("replicatedFrom", equalTo(source.id))
                .body("type", equalTo("SOCIETAL_INNOVATION"))
                .body("purpose", equalTo("Access to digital public services"))
                .body("territories", equalTo(List.of("01053")))
                .body("themes", equalTo(List.of("AGEING", "DIGITAL_INCLUSION")))
                .body("objectives.title", equalTo(List.of("Train seniors", "Fewer excluded")))
                .body("objectives.indicator", equalTo(List.of("demo_seniors_trained", "demo_digital_exclusion_rate")))
                .body("objectives.baseline", equalTo(List.of(0, 30)))
                .body("objectives.target", equalTo(List.of(500, 20)))
                .body("objectives.findAll { it.dueDate != null }", hasSize(0))
                .body("objectives.findAll { it.result != null }", hasSize(0))
                .body("addressedFragilities", hasSize(0))
                .body("members", hasSize(1))
                .body("members[0].actorId", equalTo(newcomer.toString()))
                .body("members[0].role", equalTo("LEAD"))
                .body("members[0].status", equalTo("ACTIVE"))
                .body("commitments", hasSize(0))
                .body("milestones", hasSize(0))
                .body("mediator", nullValue())
                .extract().header("Location");
        String replica = location.substring(location.lastIndexOf('/') + 1);
        given().get(location).then().statusCode(200).body("replicatedFrom", equalTo(source.id));
        given().get(source.path).then().body("objectives[0].result.value", equalTo(600));

        JsonNode proposed = EventSchemas.published(bootstrapServers, replica, "org.maillage.alliance.proposed.v1", 1).get(0);
        assertEquals(source.id, proposed.get("replicatedFrom").asText());
        assertEquals(2, proposed.get("objectives").size());
        assertEquals(true, proposed.at("/objectives/0/result").isNull() && proposed.at("/objectives/0/dueDate").isNull());
        JsonNode replicated = EventSchemas.published(bootstrapServers, replica, "org.maillage.alliance.replicated.v1", 1).get(0);
        assertEquals(replica, replicated.get("allianceId").asText());
        assertEquals(source.id, replicated.get("replicatedFrom").asText());
        assertEquals("[\"01053\"]", replicated.get("territories").toString());
        JsonNode sourceProposed = EventSchemas.published(bootstrapServers, source.id, "org.maillage.alliance.proposed.v1", 1).get(0);
        assertEquals(true, sourceProposed.get("replicatedFrom").isNull());

        // Idempotency-Key replays the first answer, as on every POST.
        String key = UUID.randomUUID().toString();
        String body = led(newcomer, "\"territories\":[\"01283\"],\"name\":\"Oyonnax numérique\"");
        String first = replicate(source, body, key)
                .statusCode(201).body("name", equalTo("Oyonnax numérique")).extract().path("id");
        replicate(source, body, key)
                .statusCode(201).header("Idempotency-Replayed", equalTo("true")).body("id", equalTo(first));
    }

    @Test
    void onlyAProvenAllianceIsReplicatedAndOnlyElsewhere() throws Exception {
        ActiveAlliance unproven = ActiveAlliance.active(feed, "Pas encore", "[\"01004\"]", OBJECTIVES);
        ActiveAlliance source = proven("Déjà prouvée");
        UUID other = feed.registered("Une autre", "ASSOCIATION", "NONPROFIT");
        long before = alliances();

        replicate(unproven, led(other, "\"territories\":[\"01053\"]"), null).statusCode(409).contentType(PROBLEM)
                .body("errors.code", equalTo(List.of("NotProven")));
        replicate(source, led(other, "\"territories\":[\"01053\",\"01004\"]"), null).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("territories[1]")).body("errors[0].code", equalTo("SourceTerritory"));
        replicate(source, led(other, "\"territories\":[\"99999\"]"), null).statusCode(422)
                .body("errors[0].code", equalTo("UnknownTerritory"));
        replicate(source, led(other, "\"name\":\"Sans territoire\""), null).statusCode(400)
                .body("errors[0].field", equalTo("territories"));
        replicate(source, led(other, "\"territories\":[]"), null).statusCode(400).body("errors[0].field", equalTo("territories"));
        replicate(source, led(other, "\"territories\":[\"01053\"],\"name\":\"  \""), null).statusCode(400)
                .body("errors[0].field", equalTo("name"));
        replicate(source, "{\"territories\":[\"01053\"]}", null).statusCode(422)
                .body("errors[0].field", equalTo("leadActorId")).body("errors[0].code", equalTo("Required"));
        replicate(source, led(UUID.randomUUID(), "\"territories\":[\"01053\"]"), null)
                .statusCode(422).body("errors[0].code", equalTo("UnknownActor"));
        as(source.lead).contentType(ContentType.JSON)
                .body("{\"territories\":[\"01053\"],\"leadActorId\":\"%s\"}".formatted(other))
                .post(source.path + "/replications").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"territories\":[\"01053\"]}")
                .post("/api/v1/alliances/" + UUID.randomUUID() + "/replications").then().statusCode(404);
        assertEquals(before, alliances(), "nothing created");
    }

    @Test
    void theLineageShowsTheWholeTreeFromItsRoot() throws Exception {
        ActiveAlliance root = proven("Racine");
        String child = replicateAs(root.id, root.lead, "01053");
        closedAchieved(child);
        String grandchild = replicateAs(child, root.partner, "01283");
        String branch = replicateAs(root.id, root.partner, "01033");
        given().delete("/api/v1/alliances/" + branch).then().statusCode(200);

        for (String asked : List.of(grandchild, root.id)) {
            given().get("/api/v1/alliances/" + asked + "/lineage").then().statusCode(200)
                    .body("allianceId", equalTo(asked))
                    .body("truncated", equalTo(false))
                    .body("root.id", equalTo(root.id))
                    .body("root.replicatedFrom", nullValue())
                    .body("root.name", equalTo("Racine"))
                    .body("root.state", equalTo("ACTIVE"))
                    .body("root.objectives[0].result.reached", equalTo(true))
                    .body("root.replications.id", equalTo(List.of(child, branch)))
                    .body("root.replications[0].outcome", equalTo("ACHIEVED"))
                    .body("root.replications[0].state", equalTo("CLOSED"))
                    .body("root.replications[0].territories", equalTo(List.of("01053")))
                    .body("root.replications[0].replicatedFrom", equalTo(root.id))
                    .body("root.replications[0].withheld", equalTo(false))
                    .body("root.replications[0].replications.id", equalTo(List.of(grandchild)))
                    .body("root.replications[0].replications[0].state", equalTo("EMERGING"))
                    .body("root.replications[0].replications[0].replications", hasSize(0))
                    // The deleted branch keeps its place, not its content.
                    .body("root.replications[1].withheld", equalTo(true))
                    .body("root.replications[1].territories", equalTo(List.of("01033")))
                    .body("root.replications[1].name", nullValue())
                    .body("root.replications[1].objectives", nullValue())
                    .body("root.replications[1].state", nullValue());
        }
        given().get("/api/v1/alliances/" + UUID.randomUUID() + "/lineage").then().statusCode(404)
                .contentType(PROBLEM);
    }

    /** Active, with a result that reaches its first objective. */
    private ActiveAlliance proven(String name) throws Exception {
        ActiveAlliance alliance = ActiveAlliance.active(feed, name, "[\"01004\"]", OBJECTIVES);
        given().contentType(ContentType.JSON).body("{\"value\":600,\"measuredOn\":\"2026-06-30\"}")
                .put(alliance.path + "/objectives/" + alliance.objectiveId(0) + "/result").then().statusCode(200);
        return alliance;
    }

    /** The other way of being proven, set in the database: the lifecycle itself is AllianceLifecycleTest's. */
    private void closedAchieved(String id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE alliance SET state = 'CLOSED', outcome = 'ACHIEVED' WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id).executeUpdate());
    }

    private static String replicateAs(String source, UUID lead, String territory) {
        return as(lead).contentType(ContentType.JSON).body("{\"territories\":[\"" + territory + "\"]}")
                .post("/api/v1/alliances/" + source + "/replications").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse replicate(ActiveAlliance source, String body, String idempotencyKey) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(source.path + "/replications").then();
    }

    /** A body for an admin, who acts for no organisation and so names the lead. */
    private static String led(UUID lead, String fields) {
        return "{\"leadActorId\":\"" + lead + "\"," + fields + "}";
    }

    private long alliances() {
        return feed.count("SELECT count(*) FROM alliance");
    }

    private static RequestSpecification as(UUID organisation) {
        return given().header(TestIdentity.HEADER, TestIdentity.partner(organisation, "alliances:read", "alliances:write"));
    }
}
