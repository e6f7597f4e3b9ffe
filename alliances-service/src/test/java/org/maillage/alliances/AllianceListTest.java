package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceListTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void filtersPagesAndNeedsAttention() throws Exception {
        ActorFeed feed = new ActorFeed(bootstrapServers, entityManager);
        UUID association = feed.registered("Secours Bugey", "ASSOCIATION", "NONPROFIT");
        UUID town = feed.registered("Commune de Nantua", "LOCAL_AUTHORITY", "PUBLIC");
        String theme = "T_" + new Random().ints(8, 'A', 'Z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append);
        String first = propose(theme, association, town);
        String second = propose(theme, town, association);
        String late = propose(theme, association, town);
        AllianceLifecycleTest.post("/api/v1/alliances/" + late + "/milestones", "{\"title\":\"Overdue\",\"dueDate\":\"2020-01-01\"}")
                .statusCode(201);
        AllianceLifecycleTest.post("/api/v1/alliances/" + second + "/transitions", "{\"to\":\"SCOPING\"}").statusCode(200);

        String cursor = given().queryParam("theme", theme).queryParam("limit", 2).when().get("/api/v1/alliances")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.id", equalTo(List.of(first, second)))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("theme", theme).queryParam("limit", 2).queryParam("cursor", cursor).when().get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", equalTo(List.of(late))).body("nextCursor", nullValue());

        given().queryParam("theme", theme).queryParam("state", "SCOPING").when().get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", equalTo(List.of(second)));
        given().queryParam("theme", theme).queryParam("memberActorId", town.toString()).queryParam("role", "LEAD")
                .when().get("/api/v1/alliances").then().statusCode(200).body("items.id", equalTo(List.of(second)));
        given().queryParam("theme", theme).queryParam("needsAttention", true).when().get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", equalTo(List.of(late)));
        given().queryParam("theme", theme).queryParam("territory", "01004").queryParam("type", "PHILANTHROPY")
                .when().get("/api/v1/alliances").then().statusCode(200).body("items", hasSize(3));
        given().queryParam("theme", theme).queryParam("updatedSince", "2020-01-01T00:00:00Z").when().get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", equalTo(List.of(first, late, second)));
    }

    @Test
    void badFiltersAreProblems() {
        given().queryParam("state", "NOPE").when().get("/api/v1/alliances").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("state"));
        given().queryParam("memberActorId", "xyz").when().get("/api/v1/alliances").then().statusCode(400)
                .body("errors[0].field", equalTo("memberActorId"));
        given().queryParam("cursor", "nonsense").when().get("/api/v1/alliances").then().statusCode(400);
        given().queryParam("limit", 0).when().get("/api/v1/alliances").then().statusCode(400);
    }

    private static String propose(String theme, UUID lead, UUID partner) {
        return given().contentType(ContentType.JSON).body("""
                        {"name":"Alliance","type":"PHILANTHROPY","territories":["01004"],"themes":["%s"],
                         "members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                        .formatted(theme, lead, partner))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }
}
