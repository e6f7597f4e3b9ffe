package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.actors.ActorJson.PROBLEM;
import static org.maillage.actors.ActorJson.register;
import static org.maillage.actors.ActorJson.withTerritories;

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
class ActorDedupTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void upsertByExternalRefCreatesThenUpdatesThenLeavesAlone() {
        String ref = "contact-" + UUID.randomUUID();
        String path = "/api/v1/actors/by-ref/twenty-crm/" + ref;
        String id = put(path, ActorJson.minimal("Upserted", "COMPANY")).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("externalRefs[0].system", equalTo("twenty-crm"))
                .body("externalRefs[0].id", equalTo(ref)).extract().path("id");
        given().contentType(ContentType.JSON).body(ActorJson.minimal("Upserted", "COMPANY")).put(path + "x")
                .then().statusCode(201).header("Location", containsString("/api/v1/actors/"));
        put(path, ActorJson.minimal("Upserted", "COMPANY")).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id));
        put(path, ActorJson.minimal("Upserted again", "COMPANY")).then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id)).body("name", equalTo("Upserted again"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ActorJson.minimal("Stale", "COMPANY"))
                .put(path).then().statusCode(412);
        put(path, ActorJson.minimal("", "COMPANY")).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void upsertCannotStealAnotherActorsIdentifier() {
        String holder = register(ActorJson.withIdentifier("Holder", "COMPANY", "SIREN", "443061841"));
        put("/api/v1/actors/by-ref/crm/" + UUID.randomUUID(), ActorJson.withIdentifier("Thief", "COMPANY", "SIREN", "443061841"))
                .then().statusCode(409).body("errors[0].message", equalTo(holder));
    }

    @Test
    void duplicateCandidatesAreSimilarNamesOnTheSameTerritory() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String original = register(withTerritories("Secours Populaire Ambérieu " + tag, "ASSOCIATION", "[{\"code\":\"01004\"}]"));
        String twin = register(withTerritories("SECOURS POPULAIRE d'Amberieu " + tag, "ASSOCIATION",
                "[{\"level\":\"DEPARTEMENT\",\"code\":\"01\"}]"));
        register(withTerritories("Secours Populaire Ambérieu " + tag, "ASSOCIATION", "[{\"code\":\"93066\"}]"));
        register(withTerritories("Club de football " + tag, "ASSOCIATION", "[{\"code\":\"01004\"}]"));

        Response candidates = given().get("/api/v1/actors/" + original + "/duplicate-candidates")
                .then().statusCode(200).extract().response();
        assertEquals(List.of(twin), candidates.jsonPath().getList("items.actor.id", String.class));
        float score = candidates.jsonPath().getFloat("items[0].score");
        assertTrue(score >= 0.4 && score <= 1, "score " + score);
        given().queryParam("minScore", 2).get("/api/v1/actors/" + original + "/duplicate-candidates").then().statusCode(400);
        given().get("/api/v1/actors/" + UUID.randomUUID() + "/duplicate-candidates").then().statusCode(404);
    }

    @Test
    void mergeMovesIdentityToTheSurvivorAndArchivesTheDuplicate() {
        String refA = "a-" + UUID.randomUUID();
        String refB = "b-" + UUID.randomUUID();
        String survivor = register("{\"name\":\"Restos Bugey\",\"kind\":\"ASSOCIATION\",\"territories\":[{\"code\":\"01004\"}],"
                + "\"externalRefs\":[{\"system\":\"crm\",\"id\":\"" + refA + "\"}]}");
        String absorbed = register("{\"name\":\"Restos du Bugey\",\"kind\":\"ASSOCIATION\",\"territories\":[{\"code\":\"01053\"}],"
                + "\"identifiers\":[{\"scheme\":\"RNA\",\"value\":\"W011000077\"}],"
                + "\"externalRefs\":[{\"system\":\"crm\",\"id\":\"" + refB + "\"}]}");

        merge(survivor, absorbed, "\"1\"").then().statusCode(412);
        merge(survivor, absorbed, "\"0\"").then().statusCode(200).header("ETag", "\"1\"")
                .body("identifiers[0].value", equalTo("W011000077"))
                .body("externalRefs.id", hasItems(refA, refB))
                .body("territories.code", hasItems("01004", "01053"));
        given().get("/api/v1/actors/" + absorbed).then().statusCode(200)
                .body("archived", equalTo(true)).body("mergedInto", equalTo(survivor))
                .body("identifiers.size()", equalTo(0));
        // The absorbed actor's ref now leads to the survivor.
        put("/api/v1/actors/by-ref/crm/" + refB, "{\"name\":\"Restos Bugey\",\"kind\":\"ASSOCIATION\"}")
                .then().statusCode(200).body("id", equalTo(survivor));

        String merged = eventData(survivor, "org.maillage.actor.merged.v1");
        assertTrue(merged.contains("\"absorbedId\": \"" + absorbed + "\""), merged);
        assertTrue(eventData(absorbed, "org.maillage.actor.archived.v1").contains("\"mergedInto\": \"" + survivor + "\""));

        merge(survivor, absorbed, null).then().statusCode(409).contentType(PROBLEM).body("detail", containsString("archived"));
        merge(survivor, survivor, null).then().statusCode(422).body("errors[0].field", equalTo("absorbedId"));
        merge(survivor, UUID.randomUUID().toString(), null).then().statusCode(422);
    }

    private static Response put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).put(path).then().extract().response();
    }

    private static Response merge(String survivor, String absorbed, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body("{\"absorbedId\":\"" + absorbed + "\"}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/actors/" + survivor + "/merge").then().extract().response();
    }

    private String eventData(String key, String type) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers, Topics.ACTORS,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key()) && type.equals(typeOf(r))), Duration.ofSeconds(20));
        return records.stream().filter(r -> key.equals(r.key()) && type.equals(typeOf(r))).findFirst()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no " + type + " for " + key));
    }

    private static String typeOf(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
