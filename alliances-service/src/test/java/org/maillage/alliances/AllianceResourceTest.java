package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TopicReader;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void allianceOfRegisteredActorsIsProposedAndPublished() throws Exception {
        UUID association = registered("Les Restos du Bugey", "ASSOCIATION", "NONPROFIT");
        UUID town = registered("Ville d'Ambérieu-en-Bugey", "LOCAL_AUTHORITY", "PUBLIC");

        String id = given().contentType(ContentType.JSON)
                .body(proposal(association, "LEAD", town, "PARTNER"))
                .when().post("/api/v1/alliances")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/alliances/"))
                .body("state", equalTo("EMERGING"))
                .body("members.size()", equalTo(2))
                .extract().path("id");

        given().when().get("/api/v1/alliances/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Inclusion numérique"))
                .body("members.find { it.role == 'LEAD' }.actorId", equalTo(association.toString()));

        var records = TopicReader.readUntil(bootstrapServers, Topics.ALLIANCES,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(20));
        var record = records.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no event for alliance " + id));
        assertEquals("org.maillage.alliance.proposed.v1",
                new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
        String data = new String(record.value(), StandardCharsets.UTF_8);
        assertTrue(data.contains("\"addressedFragilities\": []") && data.contains("\"territories\""),
                "coverage needs the territories and addressed fragilities in the event: " + data);
    }

    @Test
    void unknownActorIsRejectedWith422NamingIt() throws Exception {
        UUID known = registered("Fondation Rhône", "FOUNDATION", "NONPROFIT");
        UUID unknown = UUID.randomUUID();
        long before = alliances();

        given().contentType(ContentType.JSON)
                .body(proposal(known, "FUNDER", unknown, "PARTNER"))
                .when().post("/api/v1/alliances")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(unknown.toString()))
                .body("errors[0].field", equalTo("members[1].actorId"))
                .body("errors[0].code", equalTo("UnknownActor"));
        assertEquals(before, alliances(), "nothing created");
    }

    @Test
    void sameActorTwiceWithTheSameRoleIsRejected() throws Exception {
        UUID actor = registered("Entreprise Bugey", "COMPANY", "PRIVATE");
        given().contentType(ContentType.JSON)
                .body(proposal(actor, "PARTNER", actor, "PARTNER"))
                .when().post("/api/v1/alliances")
                .then().statusCode(422).body("errors[0].code", equalTo("DuplicateMember"));
    }

    @Test
    void invalidProposalIs400WithFields() {
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"members\":[]}")
                .when().post("/api/v1/alliances")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("members"));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"A\",\"members\":[{\"actorId\":\"" + UUID.randomUUID() + "\"}]}")
                .when().post("/api/v1/alliances")
                .then().statusCode(400).body("errors[0].field", equalTo("members[0].role"));
    }

    @Test
    void unknownAllianceIs404() {
        given().when().get("/api/v1/alliances/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String proposal(UUID first, String firstRole, UUID second, String secondRole) {
        return """
                {"name":"Inclusion numérique","purpose":"Access to digital public services",
                 "members":[{"actorId":"%s","role":"%s"},{"actorId":"%s","role":"%s"}]}"""
                .formatted(first, firstRole, second, secondRole);
    }

    /** Publishes the registry's event for a new actor and waits until this service has applied it. */
    private UUID registered(String name, String kind, String world) throws Exception {
        UUID actorId = UUID.randomUUID();
        String data = """
                {"actorId":"%s","name":"%s","kind":"%s","world":"%s","registeredAt":"2026-11-26T10:00:00Z"}"""
                .formatted(actorId, name, kind, world);
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/actors-service"))
                .withType("org.maillage.actor.registered.v1")
                .withSubject(actorId.toString())
                .withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8))
                .build();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var producer = new KafkaProducer<String, CloudEvent>(props, new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ACTORS, actorId.toString(), event)).get();
        }
        assertTrue(Eventually.holds(() -> count("SELECT count(*) FROM known_actor WHERE actor_id = '" + actorId + "'") == 1,
                Duration.ofSeconds(30)), "actor projection updated");
        return actorId;
    }

    private long alliances() {
        return count("SELECT count(*) FROM alliance");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
