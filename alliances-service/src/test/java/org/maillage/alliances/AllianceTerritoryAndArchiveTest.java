package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TopicReader;

/** The hierarchical territory filter, and archived alliances as tombstones for sync clients. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceTerritoryAndArchiveTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    UUID association;
    UUID town;
    String theme;

    @BeforeEach
    void actors() throws Exception {
        ActorFeed feed = new ActorFeed(bootstrapServers, entityManager);
        association = feed.registered("Association Plaine Commune", "ASSOCIATION", "NONPROFIT");
        town = feed.registered("Ville de Saint-Denis", "LOCAL_AUTHORITY", "PUBLIC");
        theme = "T_" + new Random().ints(10, 'A', 'Z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append);
    }

    @Test
    void territoryFilterFindsAlliancesInsideAndThoseCoveringAContainingTerritory() {
        String saintDenis = propose("\"93066\"");
        String seineSaintDenis = propose("\"93\"");
        String ain = propose("\"01004\"");
        String aude = propose("\"11\"");

        assertFound("93", saintDenis, seineSaintDenis);
        assertFound("DEPARTEMENT:93", saintDenis, seineSaintDenis);
        assertFound("93066", saintDenis, seineSaintDenis);
        assertFound("93001", seineSaintDenis);
        assertFound("REGION:11", saintDenis, seineSaintDenis);
        assertFound("200054781", saintDenis);
        assertFound("11", aude);
        assertFound("01", ain);
        assertFound("REGION:93");

        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"territories\":[\"93048\"]}")
                .when().patch("/api/v1/alliances/" + ain).then().statusCode(200);
        assertFound("93", saintDenis, seineSaintDenis, ain);
        assertFound("01");
        assertEquals(4L, count("SELECT count(*) FROM alliance_territory_scope WHERE alliance_id = '" + ain + "'"),
                "commune, EPCI, département and région of Montreuil");
    }

    @Test
    void summaryCountsLivingAlliancesOfATerritoryByState() {
        propose("\"93066\"");
        String scoping = propose("\"93\"");
        AllianceLifecycleTest.post("/api/v1/alliances/" + scoping + "/transitions", "{\"to\":\"SCOPING\"}").statusCode(200);
        String archived = propose("\"93048\"");
        given().when().delete("/api/v1/alliances/" + archived).then().statusCode(200);
        propose("\"01004\"");

        given().queryParam("territory", "93066").queryParam("theme", theme).when().get("/api/v1/alliances/summary")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("byState.EMERGING", equalTo(1))
                .body("byState.SCOPING", equalTo(1))
                .body("byState", not(hasKey("ACTIVE")));
        given().queryParam("theme", theme).when().get("/api/v1/alliances/summary")
                .then().statusCode(200).body("total", equalTo(3)).body("byState.EMERGING", equalTo(2));
        given().queryParam("territory", "99999").when().get("/api/v1/alliances/summary")
                .then().statusCode(422).body("errors[0].field", equalTo("territory"));
    }

    @Test
    void unknownTerritoriesAreRefusedByName() {
        given().contentType(ContentType.JSON).body(proposal("\"01004\", \"99999\"")).when().post("/api/v1/alliances")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("territories[1]"))
                .body("errors[0].code", equalTo("UnknownTerritory"));
        given().queryParam("territory", "NOWHERE:93").when().get("/api/v1/alliances")
                .then().statusCode(422).body("errors[0].field", equalTo("territory"));
        String id = propose("\"01004\"");
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"territories\":[\"00000\"]}")
                .when().patch("/api/v1/alliances/" + id).then().statusCode(422)
                .body("errors[0].code", equalTo("UnknownTerritory"));
    }

    @Test
    void archivedAllianceIsAReadOnlyTombstoneSeenOnlyWithIncludeArchived() {
        // Taken before both alliances exist, however slow the machine: both changed after it.
        Instant before = Instant.now().minusSeconds(1);
        String kept = propose("\"01004\"");
        String deleted = propose("\"01004\"");
        String base = "/api/v1/alliances/" + deleted;

        given().header("If-Match", "\"5\"").when().delete(base).then().statusCode(412);
        given().header("If-Match", "\"0\"").when().delete(base).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("archived", equalTo(true)).body("archivedAt", notNullValue());
        given().when().delete(base).then().statusCode(200).header("ETag", equalTo("\"1\""));

        given().when().get(base).then().statusCode(200).body("archived", equalTo(true));
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"name\":\"Encore\"}").when().patch(base)
                .then().statusCode(409);
        AllianceLifecycleTest.post(base + "/transitions", "{\"to\":\"SCOPING\"}").statusCode(409)
                .body("errors[0].code", equalTo("Archived"));
        AllianceLifecycleTest.post(base + "/milestones", "{\"title\":\"Après\",\"dueDate\":\"2020-01-01\"}").statusCode(409);
        given().when().get(base + "/status").then().statusCode(200).body("attention", empty());

        given().queryParam("theme", theme).when().get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", equalTo(List.of(kept)));
        given().queryParam("theme", theme).queryParam("includeArchived", true).when().get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", equalTo(List.of(kept, deleted)))
                .body("items.find { it.id == '%s' }.archived".formatted(deleted), equalTo(true));
        given().queryParam("theme", theme).queryParam("updatedSince", before.toString()).queryParam("includeArchived", true)
                .when().get("/api/v1/alliances").then().statusCode(200)
                .body("items.id", equalTo(List.of(kept, deleted)))
                .body("items[1].archived", equalTo(true));
        given().queryParam("theme", theme).queryParam("needsAttention", true).queryParam("includeArchived", true)
                .when().get("/api/v1/alliances").then().statusCode(200).body("items.id", not(hasItem(deleted)));

        given().queryParam("needsAttention", true).queryParam("limit", 1).when().get("/api/v1/alliances")
                .then().statusCode(200);
        // evenly shared (balance 1) so that only the overdue commitment draws attention
        AllianceLifecycleTest.post("/api/v1/alliances/" + kept + "/commitments", """
                {"memberActorId":"%s","kind":"SKILLS","amount":3,"unit":"person-days","dueDate":"2031-01-01"}"""
                .formatted(association)).statusCode(201);
        List<String> pledged = AllianceLifecycleTest.post("/api/v1/alliances/" + kept + "/commitments", """
                {"memberActorId":"%s","kind":"SKILLS","amount":3,"unit":"person-days","dueDate":"2020-01-01"}"""
                .formatted(town)).statusCode(201).extract().path("commitments.findAll { it.memberActorId == '%s' }.id"
                        .formatted(town));
        given().when().get("/api/v1/alliances/" + kept + "/status").then().body("attention", equalTo(List.of("OVERDUE")));
        given().queryParam("theme", theme).queryParam("needsAttention", true).when().get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", equalTo(List.of(kept)));
        AllianceLifecycleTest.put("/api/v1/alliances/" + kept + "/commitments/" + pledged.get(0) + "/status",
                "{\"status\":\"DELIVERED\"}").statusCode(200);
        given().queryParam("theme", theme).queryParam("needsAttention", true).when().get("/api/v1/alliances")
                .then().statusCode(200).body("items", empty());

        var records = TopicReader.readUntil(bootstrapServers, Topics.ALLIANCES,
                rs -> rs.stream().anyMatch(r -> deleted.equals(r.key()) && isArchived(r.headers().lastHeader("ce_type").value())),
                Duration.ofSeconds(20));
        assertEquals(1, records.stream().filter(r -> deleted.equals(r.key()) && isArchived(r.headers().lastHeader("ce_type").value()))
                .count(), "one archived event, the repeated DELETE emitted none");
    }

    private static boolean isArchived(byte[] type) {
        return "org.maillage.alliance.archived.v1".equals(new String(type, StandardCharsets.UTF_8));
    }

    private void assertFound(String territory, String... ids) {
        given().queryParam("theme", theme).queryParam("territory", territory).when().get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", ids.length == 0 ? empty() : containsInAnyOrder((Object[]) ids));
    }

    private String propose(String territories) {
        return given().contentType(ContentType.JSON).body(proposal(territories)).when().post("/api/v1/alliances")
                .then().statusCode(201).extract().path("id");
    }

    private String proposal(String territories) {
        return """
                {"name":"Alliance","type":"SOCIETAL_INNOVATION","territories":[%s],"themes":["%s"],
                 "members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                .formatted(territories, theme, association, town);
    }

    private long count(String sql) {
        return new ActorFeed(bootstrapServers, entityManager).count(sql);
    }
}
