package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.actors.ActorJson.MERGE_PATCH;
import static org.maillage.actors.ActorJson.PROBLEM;
import static org.maillage.actors.ActorJson.post;
import static org.maillage.actors.ActorJson.register;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TopicReader;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ActorLifecycleTest {

    private static final String FULL = """
            {"name":"Ambérieu Solidarités","kind":"ASSOCIATION","description":"Épicerie solidaire du Bugey",
             "website":"https://amberieu-solidarites.fr","email":"contact@amberieu-solidarites.fr","phone":"+33474380000",
             "address":{"street":"12 rue Alexandre Bérard","postalCode":"01500","city":"Ambérieu-en-Bugey","communeCode":"01004"},
             "territories":[{"code":"01004"},{"level":"DEPARTEMENT","code":"01"}],
             "themes":["FOOD","SOCIAL_COHESION"],
             "identifiers":[{"scheme":"RNA","value":"W011000001"}],
             "externalRefs":[{"system":"civicrm-bugey","id":"contact-1"}]}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void fullActorIsStoredAndReadBackWithTerritoryNames() {
        String id = register(FULL.replace("W011000001", "W011000002").replace("contact-1", "contact-2"));
        given().get("/api/v1/actors/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("Ambérieu Solidarités"))
                .body("kind", equalTo("ASSOCIATION"))
                .body("world", equalTo("NONPROFIT"))
                .body("description", equalTo("Épicerie solidaire du Bugey"))
                .body("website", equalTo("https://amberieu-solidarites.fr"))
                .body("email", equalTo("contact@amberieu-solidarites.fr"))
                .body("phone", equalTo("+33474380000"))
                .body("address.street", equalTo("12 rue Alexandre Bérard"))
                .body("address.postalCode", equalTo("01500"))
                .body("address.city", equalTo("Ambérieu-en-Bugey"))
                .body("address.communeCode", equalTo("01004"))
                .body("identifiers[0].value", equalTo("W011000002"))
                .body("territories.code", hasItems("01", "01004"))
                .body("territories.find { it.code == '01' }.name", equalTo("Ain"))
                .body("territories.find { it.code == '01004' }.name", equalTo("Ambérieu-en-Bugey"))
                .body("themes", hasItems("FOOD", "SOCIAL_COHESION"))
                .body("externalRefs[0].system", equalTo("civicrm-bugey"))
                .body("archived", equalTo(false));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String id = register(ActorJson.minimal("Versionnée", "COMPANY"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"description\":\"v1\"}")
                .patch("/api/v1/actors/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"description\":\"v2\"}")
                .patch("/api/v1/actors/" + id).then().statusCode(412).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ActorJson.minimal("Autre", "COMPANY"))
                .put("/api/v1/actors/" + id).then().statusCode(412);
        given().header("If-Match", "\"0\"").delete("/api/v1/actors/" + id).then().statusCode(412);
        given().get("/api/v1/actors/" + id).then().header("ETag", "\"1\"").body("description", equalTo("v1"));
    }

    @Test
    void mergePatchChangesOnlyWhatItNamesAndReportsTheChangedFields() {
        String id = register(FULL.replace("W011000001", "W011000003").replace("contact-1", "contact-3"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"name\":\"Ambérieu Solidarités et Partage\",\"phone\":null,\"address\":{\"street\":\"1 place\"}}")
                .patch("/api/v1/actors/" + id).then().log().ifValidationFails().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Ambérieu Solidarités et Partage"))
                .body("phone", nullValue())
                .body("address.street", equalTo("1 place"))
                .body("address.communeCode", equalTo("01004"))
                .body("themes", hasItems("FOOD", "SOCIAL_COHESION"));
        String data = eventData(id, "org.maillage.actor.updated.v1");
        assertTrue(data.contains("\"changedFields\": [\"name\", \"phone\", \"address\"]"), data);

        // Putting back what is stored changes nothing: same version, no event.
        given().contentType(MERGE_PATCH).body("{\"name\":\"Ambérieu Solidarités et Partage\"}")
                .patch("/api/v1/actors/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(MERGE_PATCH).body("{\"website\":\"not a url\",\"extra\":1}")
                .patch("/api/v1/actors/" + id).then().statusCode(400).contentType(PROBLEM);
        given().contentType(MERGE_PATCH).body("{\"territories\":[{\"code\":\"00000\"}]}")
                .patch("/api/v1/actors/" + id).then().statusCode(422);
    }

    @Test
    void archivingLeavesATombstoneAndEmitsAnEvent() {
        String id = register(ActorJson.minimal("Éphémère", "CONSULTANCY"));
        given().header("If-Match", "\"0\"").delete("/api/v1/actors/" + id).then().statusCode(200)
                .body("archived", equalTo(true)).header("ETag", "\"1\"");
        given().delete("/api/v1/actors/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().get("/api/v1/actors/" + id).then().statusCode(200).body("archived", equalTo(true));
        given().contentType(MERGE_PATCH).body("{\"name\":\"Revenue\"}").patch("/api/v1/actors/" + id)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("archived"));
        assertTrue(eventData(id, "org.maillage.actor.archived.v1").contains("\"actorId\": \"" + id + "\""));
    }

    @Test
    void identifierOrExternalRefOfAnotherActorIs409NamingIt() {
        String first = register(ActorJson.withIdentifier("Premier", "COMPANY", "SIREN", "542051180"));
        post(ActorJson.withIdentifier("Doublon", "COMPANY", "SIREN", "542 051 180")).then().statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString(first))
                .body("errors[0].field", equalTo("identifiers[0].value"))
                .body("errors[0].code", equalTo("AlreadyRegistered"))
                .body("errors[0].message", equalTo(first));
        String refd = register("{\"name\":\"Réf\",\"kind\":\"COMPANY\",\"externalRefs\":[{\"system\":\"crm\",\"id\":\"dup-1\"}]}");
        post("{\"name\":\"Réf 2\",\"kind\":\"COMPANY\",\"externalRefs\":[{\"system\":\"crm\",\"id\":\"dup-1\"}]}")
                .then().statusCode(409).body("errors[0].message", equalTo(refd));
        // The holder itself may keep its identifier on update.
        given().contentType(MERGE_PATCH).body("{\"description\":\"same siren\"}").patch("/api/v1/actors/" + first)
                .then().statusCode(200);
    }

    private String eventData(String id, String type) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers, Topics.ACTORS,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key()) && type.equals(typeOf(r))), Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.equals(r.key()) && type.equals(typeOf(r)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " for " + id));
        assertEquals(1, records.stream().filter(r -> id.equals(r.key()) && type.equals(typeOf(r))).count(), "one " + type);
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static String typeOf(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
