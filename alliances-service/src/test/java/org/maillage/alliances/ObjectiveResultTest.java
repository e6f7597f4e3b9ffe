package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

/** Recording what objectives measured: reached in the target's direction, by whom, when, and the event it makes. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ObjectiveResultTest {

    private static final String PROBLEM = "application/problem+json";
    /** At least 500 from 0; at most 20 from 30; at least 10 without baseline; no target. */
    private static final String OBJECTIVES = """
            [{"title":"Train seniors","indicator":"demo_seniors_trained","baseline":0,"target":500,"dueDate":"2027-06-30"},
             {"title":"Fewer excluded","indicator":"demo_digital_exclusion_rate","baseline":30,"target":20},
             {"title":"Open places","indicator":"demo_places","target":10},
             {"title":"Be known","indicator":"demo_awareness"}]""";

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
    void reachedIsDecidedInTheTargetsDirection() throws Exception {
        ActiveAlliance alliance = ActiveAlliance.active(feed, "Mesures du Bugey", "[\"01004\"]", OBJECTIVES);

        String etag = alliance.etag();
        record(alliance, 0, "{\"value\":520,\"measuredOn\":\"2026-06-30\"}", etag).statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("objectives[0].result.value", equalTo(520))
                .body("objectives[0].result.reached", equalTo(true))
                .body("objectives[0].result.measuredOn", equalTo("2026-06-30"));
        record(alliance, 0, "{\"value\":499.5,\"measuredOn\":\"2026-07-31\"}", null).statusCode(200)
                .body("objectives[0].result.reached", equalTo(false));
        record(alliance, 1, "{\"value\":25,\"measuredOn\":\"2026-06-30\"}", null).statusCode(200)
                .body("objectives[1].result.reached", equalTo(false));
        record(alliance, 1, "{\"value\":20,\"measuredOn\":\"2026-07-31\"}", null).statusCode(200)
                .body("objectives[1].result.reached", equalTo(true));
        record(alliance, 2, "{\"value\":9,\"measuredOn\":\"2026-06-30\"}", null).statusCode(200)
                .body("objectives[2].result.reached", equalTo(false))
                .body("objectives[3].result", nullValue());

        // The last update carries every objective with its result, in the schema's shape.
        List<JsonNode> updates = EventSchemas.published(bootstrapServers, alliance.id,
                "org.maillage.alliance.updated.v1", 5);
        JsonNode last = updates.get(updates.size() - 1);
        assertEquals("[\"objectives\"]", last.get("changedFields").toString());
        assertEquals(4, last.get("objectives").size());
        assertEquals("demo_digital_exclusion_rate", last.at("/objectives/1/indicator").asText());
        assertTrue(last.at("/objectives/1/result/reached").asBoolean(), last.toString());
        assertEquals("2026-07-31", last.at("/objectives/1/result/measuredOn").asText());
        assertTrue(last.at("/objectives/2/baseline").isNull() && last.at("/objectives/3/result").isNull(), last.toString());
    }

    @Test
    void aResultNeedsATargetAnActingAllianceAndOneWhoMeasures() throws Exception {
        ActiveAlliance early = ActiveAlliance.proposed(feed, "Mesures précoces", "[\"01004\"]", OBJECTIVES);
        record(early, 0, "{\"value\":1,\"measuredOn\":\"2026-06-30\"}", null).statusCode(409).contentType(PROBLEM)
                .body("errors.code", equalTo(List.of("NotActing")));

        ActiveAlliance alliance = ActiveAlliance.active(feed, "Mesures refusées", "[\"01004\"]", OBJECTIVES);
        UUID evaluator = feed.registered("Évaluatrice", "CONSULTANCY", "PRIVATE");
        UUID outsider = feed.registered("Voisine", "COMPANY", "PRIVATE");
        given().contentType(ContentType.JSON).body("{\"actorId\":\"%s\",\"role\":\"EVALUATOR\"}".formatted(evaluator))
                .post(alliance.path + "/members").then().statusCode(201);
        String etag = alliance.etag();
        String body = "{\"value\":600,\"measuredOn\":\"2026-06-30\"}";

        record(alliance, 3, body, null).statusCode(409).contentType(PROBLEM)
                .body("errors.code", equalTo(List.of("ObjectiveWithoutTarget")));
        record(alliance, 0, body, "\"0\"").statusCode(412).contentType(PROBLEM);
        as(outsider).contentType(ContentType.JSON).body(body)
                .put(alliance.path + "/objectives/" + alliance.objectiveId(0) + "/result")
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(body)
                .put(alliance.path + "/objectives/" + UUID.randomUUID() + "/result")
                .then().statusCode(404).contentType(PROBLEM);
        record(alliance, 0, "{\"value\":600,\"measuredOn\":\"" + LocalDate.now().plusDays(3) + "\"}", null)
                .statusCode(422).body("errors[0].field", equalTo("measuredOn"));
        record(alliance, 0, "{\"value\":600}", null).statusCode(400).body("errors[0].field", equalTo("measuredOn"));
        record(alliance, 0, "{\"value\":1e20,\"measuredOn\":\"2026-06-30\"}", null).statusCode(400)
                .body("errors[0].field", equalTo("value"));
        given().get(alliance.path).then().header("ETag", equalTo(etag)).body("objectives[0].result", nullValue());

        as(evaluator).contentType(ContentType.JSON).body(body).header("If-Match", etag)
                .put(alliance.path + "/objectives/" + alliance.objectiveId(0) + "/result")
                .then().statusCode(200).body("objectives[0].result.reached", equalTo(true));
    }

    @Test
    void anObjectiveKeepsItsIdAndResultThroughRevisions() throws Exception {
        ActiveAlliance alliance = ActiveAlliance.active(feed, "Mesures révisées", "[\"01004\"]", OBJECTIVES);
        String first = alliance.objectiveId(0);
        record(alliance, 0, "{\"value\":520,\"measuredOn\":\"2026-06-30\"}", null).statusCode(200);

        patch(alliance, "{\"name\":\"Mesures révisées du Bugey\"}").statusCode(200)
                .body("objectives[0].id", equalTo(first)).body("objectives[0].result.value", equalTo(520));
        // Moved to the end and its target raised: still the same objective, its result judged against the new target.
        patch(alliance, """
                {"objectives":[{"title":"New one","target":3},
                 {"id":"%s","title":"Train seniors","baseline":0,"target":1000}]}""".formatted(first)).statusCode(200)
                .body("objectives[1].id", equalTo(first))
                .body("objectives[1].result.value", equalTo(520))
                .body("objectives[1].result.reached", equalTo(false))
                .body("objectives[0].id", not(equalTo(first)))
                .body("objectives[0].result", nullValue());
        String etag = alliance.etag();
        patch(alliance, "{\"objectives\":[{\"id\":\"%s\",\"title\":\"Unknown\"}]}".formatted(UUID.randomUUID()))
                .statusCode(422).body("errors[0].field", equalTo("objectives[0].id"))
                .body("errors[0].code", equalTo("UnknownObjective"));
        given().get(alliance.path).then().header("ETag", equalTo(etag));
    }

    private static ValidatableResponse record(ActiveAlliance alliance, int index, String body, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(alliance.path + "/objectives/" + alliance.objectiveId(index) + "/result").then();
    }

    private static ValidatableResponse patch(ActiveAlliance alliance, String body) {
        return given().contentType("application/merge-patch+json; charset=UTF-8").body(body).patch(alliance.path).then();
    }

    private static io.restassured.specification.RequestSpecification as(UUID organisation) {
        return given().header(TestIdentity.HEADER, TestIdentity.partner(organisation, "alliances:read", "alliances:write"));
    }
}
