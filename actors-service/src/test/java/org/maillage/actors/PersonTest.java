package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.actors.ActorJson.MERGE_PATCH;
import static org.maillage.actors.ActorJson.PROBLEM;
import static org.maillage.actors.ActorJson.register;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TopicReader;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class PersonTest {

    private static final String CAMILLE = """
            {"name":"Camille Martin","email":"camille@example.org","phone":"+33612345678","jobTitle":"Directrice",
             "professions":["STRATEGIC_PARTNERSHIP_DIRECTOR"],
             "competencies":{"operational":20,"strategic":50,"political":30},"contactConsent":true}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void personIsAddedReadPatchedAndFoundThroughItsProfession() {
        String tag = "pro-" + UUID.randomUUID();
        String actor = register(ActorJson.minimal(tag, "ASSOCIATION"));
        register(ActorJson.minimal(tag + " sans", "ASSOCIATION"));
        String person = add(actor, CAMILLE).then().statusCode(201).header("ETag", "\"0\"")
                .body("competencies.strategic", equalTo(50)).extract().path("id");
        given().get(people(actor) + "/" + person).then().statusCode(200).body("email", equalTo("camille@example.org"));

        assertEquals(List.of(actor), given().queryParam("q", tag).queryParam("profession", "STRATEGIC_PARTNERSHIP_DIRECTOR")
                .get("/api/v1/actors").then().statusCode(200).extract().jsonPath().getList("items.id", String.class));

        // Withdrawing consent clears the contact data.
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"contactConsent\":false,\"email\":null,\"phone\":null}")
                .patch(people(actor) + "/" + person).then().statusCode(200).header("ETag", "\"1\"")
                .body("email", nullValue()).body("consentRecordedAt", nullValue()).body("name", equalTo("Camille Martin"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"jobTitle\":\"x\"}")
                .patch(people(actor) + "/" + person).then().statusCode(412);
    }

    @Test
    void competenciesMustSumTo100AndContactDataNeedsConsent() {
        String actor = register(ActorJson.minimal("Règles " + UUID.randomUUID(), "COMPANY"));
        add(actor, CAMILLE.replace("\"political\":30", "\"political\":31")).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("competencies")).body("errors[0].code", equalTo("SumNot100"));
        add(actor, CAMILLE.replace("\"contactConsent\":true", "\"contactConsent\":false")).then().statusCode(400)
                .body("errors[0].code", equalTo("ConsentRequired"));
        add(actor, "{\"name\":\"A\",\"professions\":[\"JUGGLER\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("professions[0]"));
        add(actor, "{\"name\":\"A\",\"competencies\":{\"operational\":120,\"strategic\":0,\"political\":-20}}")
                .then().statusCode(400);
        add(UUID.randomUUID().toString(), "{\"name\":\"A\"}").then().statusCode(404);
    }

    @Test
    void erasureWipesPersonalDataAndEmitsAnEventWithoutIt() {
        String actor = register(ActorJson.minimal("Effacement " + UUID.randomUUID(), "FOUNDATION"));
        String key = UUID.randomUUID().toString();
        String person = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(CAMILLE)
                .post(people(actor)).then().statusCode(201).extract().path("id");

        given().post(people(actor) + "/" + person + "/erasure").then().statusCode(200)
                .body("erased", equalTo(true)).body("removed", equalTo(true))
                .body("name", nullValue()).body("email", nullValue()).body("jobTitle", nullValue())
                .body("competencies", nullValue());
        given().get(people(actor)).then().body("items.size()", equalTo(0));
        given().queryParam("includeArchived", true).get(people(actor))
                .then().body("items[0].id", equalTo(person)).body("items[0].erased", equalTo(true));
        // The recorded response showed the person's data: the key no longer replays it.
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(CAMILLE).post(people(actor))
                .then().statusCode(201).header("Idempotency-Replayed", nullValue());

        String erased = eventData(person, "org.maillage.person.erased.v1");
        assertTrue(erased.contains("\"personId\": \"" + person + "\""), erased);
        for (String personal : List.of("Camille", "camille@", "+336", "Directrice")) {
            assertFalse(allEventsOf(person).contains(personal), "no personal data in events: " + personal);
        }
    }

    private static Response add(String actor, String body) {
        return given().contentType(ContentType.JSON).body(body).post(people(actor)).then().extract().response();
    }

    private static String people(String actor) {
        return "/api/v1/actors/" + actor + "/people";
    }

    private String eventData(String key, String type) {
        return records(key, type).stream().filter(r -> key.equals(r.key()) && type.equals(typeOf(r))).findFirst()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).orElseThrow();
    }

    private String allEventsOf(String key) {
        return String.join("\n", records(key, "org.maillage.person.erased.v1").stream().filter(r -> key.equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList());
    }

    private List<ConsumerRecord<String, byte[]>> records(String key, String type) {
        return TopicReader.readUntil(bootstrapServers, Topics.ACTORS,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key()) && type.equals(typeOf(r))), Duration.ofSeconds(20));
    }

    private static String typeOf(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
