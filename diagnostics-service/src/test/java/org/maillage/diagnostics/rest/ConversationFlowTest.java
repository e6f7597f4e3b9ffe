package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TopicReader;

/** Villanova's diagnostic on the fixture has two fragilities: fx_rate (FRAGILE) and fx_old (FRAGILE). */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ConversationFlowTest {

    private static final String VILLANOVA = """
            {"territoryCode": "2A351", "period": "2015", "indicators": ["fx_rate", "fx_good", "fx_old"],
             "reference": {"type": "PARENT"}}""";

    @Inject
    DataSource dataSource;

    @Test
    void conversationAdoptsBordaPrioritiesPublishesAndSupersedes() throws Exception {
        DiagnosticFixture.load();
        UUID a1 = Events.actorRegistered("Asso Villanova", "ASSOCIATION", "NONPROFIT", null);
        UUID a2 = Events.actorRegistered("Département", "LOCAL_AUTHORITY", "PUBLIC", null);
        UUID a3 = Events.actorRegistered("Boulangerie", "COMPANY", "PRIVATE", null);
        Actors.awaitKnown(dataSource, a1, a2, a3);

        String diagnosticId = DiagnosticFixture.diagnose(VILLANOVA);
        List<String> fragilities = given().get("/api/v1/diagnostics/" + diagnosticId).then().extract().path("fragilities.id");
        String rate = fragilities.get(0);
        String old = fragilities.get(1);

        post("/api/v1/conversations", open(diagnosticId, UUID.randomUUID())).statusCode(422)
                .body("errors.field", contains("participants[1]"));
        String conversation = post("/api/v1/conversations", open(diagnosticId, a2, a3)).statusCode(201)
                .body("state", equalTo("OPEN")).body("diagnosticState", equalTo("IN_CONVERSATION"))
                .body("participants.name", contains("Asso Villanova", "Département", "Boulangerie"))
                .extract().path("id");
        post("/api/v1/conversations", open(diagnosticId, a2)).statusCode(409);
        String base = "/api/v1/conversations/" + conversation;

        put(base + "/verdicts/" + rate, "{\"verdict\": \"CONFIRMED\"}").statusCode(200);
        put(base + "/verdicts/" + old, "{\"verdict\": \"CONTESTED\"}").statusCode(422).body("errors.field", contains("reason"));
        put(base + "/verdicts/" + old, "{\"verdict\": \"CONTESTED\", \"reason\": \"The care home opened in 2016\"}")
                .statusCode(200).body("verdicts.verdict", contains("CONFIRMED", "CONTESTED"));
        put(base + "/verdicts/" + UUID.randomUUID(), "{\"verdict\": \"CONFIRMED\"}").statusCode(404);

        String digital = post(base + "/fragilities", added("Digital isolation", "DIGITAL_INCLUSION", a1)).statusCode(201)
                .body("origin", equalTo("CONVERSATION")).extract().path("id");
        String transport = post(base + "/fragilities", added("No bus on Sundays", "MOBILITY", a3)).statusCode(201)
                .extract().path("id");
        post(base + "/fragilities", added("Anything", "HEALTH", UUID.randomUUID())).statusCode(422)
                .body("errors.field", contains("proposedBy"));

        post(base + "/adoption", "").statusCode(409).body("errors.code", contains("NoRanking"));

        put(base + "/rankings/" + a1, ranking(old)).statusCode(422).body("errors.code", contains("NotACandidate"));
        put(base + "/rankings/" + UUID.randomUUID(), ranking(rate)).statusCode(422);
        // Candidates: fx_rate (R), digital (D), transport (T): m = 3; r-th place earns 3 − r + 1.
        // a1: R D T → R 3, D 2, T 1; a2: D R → D 3, R 2; a3: D T R → D 3, T 2, R 1. Totals D 8, R 6, T 3.
        put(base + "/rankings/" + a1, ranking(rate, digital, transport)).statusCode(200);
        put(base + "/rankings/" + a2, ranking(digital, rate)).statusCode(200);
        put(base + "/rankings/" + a3, ranking(digital, transport, rate)).statusCode(200)
                .body("priorities.fragilityId", contains(digital, rate, transport))
                .body("priorities.points", contains(8, 6, 3))
                .body("priorities.firstPlaces", contains(2, 1, 0));
        post(base + "/solutions", "{\"fragilityId\": \"" + digital + "\", \"title\": \"Help desk at the town hall\","
                + " \"proposedBy\": \"" + a2 + "\"}").statusCode(201).body("title", equalTo("Help desk at the town hall"));

        post(base + "/adoption", "").statusCode(200)
                .body("state", equalTo("ADOPTED")).body("diagnosticState", equalTo("PUBLISHED"))
                .body("priorities.rank", contains(1, 2, 3));
        post(base + "/adoption", "").statusCode(409);
        put(base + "/rankings/" + a1, ranking(rate)).statusCode(409);
        given().get("/api/v1/diagnostics/" + diagnosticId).then()
                .body("state", equalTo("PUBLISHED")).body("priorities.title", contains("Digital isolation",
                        "Test fx_rate", "No bus on Sundays"));
        post("/api/v1/conversations", open(diagnosticId, a2)).statusCode(409);

        String newer = adoptAnother(a1);
        given().get("/api/v1/diagnostics/" + diagnosticId).then()
                .body("state", equalTo("SUPERSEDED")).body("supersededBy", equalTo(newer));
        JsonNode adopted = event(diagnosticId, "org.maillage.diagnostic.priorities-adopted.v1");
        assertEquals(8, adopted.get("priorities").get(0).get("points").asInt());
        assertEquals(digital, adopted.get("priorities").get(0).get("fragilityId").asText());
        assertEquals(newer, event(diagnosticId, "org.maillage.diagnostic.superseded.v1").get("supersededBy").asText());
        assertEquals(diagnosticId, event(newer, "org.maillage.diagnostic.published.v1").get("supersedes").get(0).asText());
    }

    private String adoptAnother(UUID participant) {
        String id = DiagnosticFixture.diagnose(VILLANOVA);
        String conversation = post("/api/v1/conversations", open(id)).statusCode(201).extract().path("id");
        List<String> fragilities = given().get("/api/v1/diagnostics/" + id).then().extract().path("fragilities.id");
        fragilities.forEach(f -> put("/api/v1/conversations/" + conversation + "/verdicts/" + f, "{\"verdict\": \"CONFIRMED\"}"));
        put("/api/v1/conversations/" + conversation + "/rankings/" + participant, ranking(fragilities.get(0))).statusCode(200);
        post("/api/v1/conversations/" + conversation + "/adoption", "").statusCode(200);
        return id;
    }

    private String open(String diagnosticId, UUID... participants) {
        return open(diagnosticId, participants.length == 0 ? List.of() : List.of(participants));
    }

    private String open(String diagnosticId, List<UUID> participants) {
        String ids = participants.isEmpty() ? "\"" + firstActor() + "\"" : "\"" + firstActor() + "\", "
                + String.join(", ", participants.stream().map(p -> "\"" + p + "\"").toList());
        return """
                {"diagnosticId": "%s", "heldOn": "2026-03-14", "facilitator": {"name": "Camille Martin"},
                 "participants": [%s]}""".formatted(diagnosticId, ids);
    }

    private String firstActor() {
        return org.maillage.diagnostics.support.Sql.query(dataSource,
                "SELECT id FROM known_actor WHERE name = 'Asso Villanova' ORDER BY updated_at DESC LIMIT 1");
    }

    private static String added(String title, String theme, UUID by) {
        return "{\"title\": \"" + title + "\", \"theme\": \"" + theme + "\", \"proposedBy\": \"" + by + "\"}";
    }

    private static String ranking(String... ids) {
        return "{\"fragilityIds\": [" + String.join(", ", List.of(ids).stream().map(i -> "\"" + i + "\"").toList()) + "]}";
    }

    private JsonNode event(String key, String type) throws Exception {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(LocalInfrastructureResource.kafkaBootstrapServers(),
                Topics.DIAGNOSTICS, read -> read.stream().anyMatch(r -> matches(r, key, type)), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> matches(r, key, type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " for " + key));
        return new ObjectMapper().readTree(record.value());
    }

    private static boolean matches(ConsumerRecord<String, byte[]> record, String key, String type) {
        var header = record.headers().lastHeader("ce_type");
        return key.equals(record.key()) && header != null && type.equals(new String(header.value()));
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static ValidatableResponse put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).put(path).then();
    }
}
