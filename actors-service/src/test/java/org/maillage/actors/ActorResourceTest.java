package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
class ActorResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void registeredActorGetsItsWorldFromItsKindAndCanBeRead() {
        Response created = register("Université Lumière", "ACADEMIC");
        String id = created.path("id");
        assertEquals("ACADEMIC", created.<String>path("world"));
        assertTrue(created.header("Location").endsWith("/api/v1/actors/" + id));

        given().when().get("/api/v1/actors/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Université Lumière"))
                .body("kind", equalTo("ACADEMIC"))
                .body("world", equalTo("ACADEMIC"));
        assertEquals("PUBLIC", register("Ville de Bourg", "LOCAL_AUTHORITY").path("world"));
        assertEquals("NONPROFIT", register("Fondation du Bugey", "FOUNDATION").path("world"));
        assertEquals("PRIVATE", register("Conseil & Co", "CONSULTANCY").path("world"));
    }

    @Test
    void registrationEmitsTheRegisteredEvent() {
        String id = register("Les Restos du Bugey", "ASSOCIATION").path("id");

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers, Topics.ACTORS,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no event for actor " + id));
        assertEquals("org.maillage.actor.registered.v1",
                new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
        assertEquals("/actors-service", new String(record.headers().lastHeader("ce_source").value(), StandardCharsets.UTF_8));
        String data = new String(record.value(), StandardCharsets.UTF_8);
        assertTrue(data.contains("\"actorId\": \"" + id + "\""), data);
        assertTrue(data.contains("\"world\": \"NONPROFIT\""), data);
    }

    @Test
    void invalidRegistrationIsRejectedWithEveryFieldNamed() {
        given().contentType(ContentType.JSON).body("{\"name\":\"  \"}")
                .when().post("/api/v1/actors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"));
        given().contentType(ContentType.JSON).body("{\"name\":\"X\",\"kind\":\"CLUB\"}")
                .when().post("/api/v1/actors")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void unknownActorIs404Problem() {
        given().when().get("/api/v1/actors/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Resource not found"));
        given().when().get("/api/v1/actors/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void listIsPagedByCursorInRegistrationOrderAndFiltered() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(register("Entreprise " + i, "COMPANY").path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2).queryParam("world", "PRIVATE");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/v1/actors").then().statusCode(200).extract().response();
            assertTrue(page.jsonPath().getList("items.world").stream().allMatch("PRIVATE"::equals));
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        List<String> mineInOrder = seen.stream().filter(mine::contains).toList();
        assertEquals(mine, mineInOrder, "every registered actor once, in registration order");
        assertEquals(seen.size(), seen.stream().distinct().count(), "no actor twice across pages");
    }

    @Test
    void badListParametersAre400() {
        given().queryParam("limit", 1000).when().get("/api/v1/actors").then().statusCode(400);
        given().queryParam("cursor", "zzz").when().get("/api/v1/actors").then().statusCode(400);
        given().queryParam("kind", "CLUB").when().get("/api/v1/actors")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    private static Response register(String name, String kind) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}")
                .when().post("/api/v1/actors")
                .then().statusCode(201).header("ETag", endsWith("\"")).extract().response();
    }
}
