package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.actors.ActorJson.register;
import static org.maillage.actors.ActorJson.withTerritories;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ActorSearchTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pageQueriesNeverStartParallelWorkers() throws SQLException {
        // PostgreSQL's default is 2; the service's connections ask for none (application.properties).
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW max_parallel_workers_per_gather")) {
            assertTrue(result.next());
            assertEquals("0", result.getString(1));
        }
    }

    @Test
    void textSearchIgnoresAccentsAndCase() {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
        String id = register("{\"name\":\"Centre social d'Ambérieu-en-Bugey " + tag + "\",\"kind\":\"ASSOCIATION\","
                + "\"description\":\"Accueil des FAMILLES\"}");
        assertEquals(List.of(id), ids(Map.of("q", "amberieu " + tag)));
        assertEquals(List.of(id), ids(Map.of("q", "AMBÉRIEU familles " + tag.toUpperCase())));
        assertEquals(List.of(), ids(Map.of("q", "amberieu lyon " + tag)));
        assertEquals(List.of(id), ids(Map.of("q", "ambér " + tag)), "each word matches as a prefix");
        assertEquals(List.of(), ids(Map.of("q", "berieu " + tag)), "not from the middle of a word");
        assertEquals(List.of(id), ids(Map.of("q", "bugey, " + tag + "!")), "punctuation is not part of a word");
        assertEquals(List.of(), ids(Map.of("q", "% _")), "no word, nothing found (rather than everything)");
    }

    @Test
    void territoryFilterIsHierarchicalBothWays() {
        String tag = "terr-" + UUID.randomUUID();
        String commune = register(withTerritories(tag + " Saint-Denis", "ASSOCIATION", "[{\"code\":\"93066\"}]"));
        String departement = register(withTerritories(tag + " 93", "PUBLIC_INSTITUTION", "[{\"level\":\"DEPARTEMENT\",\"code\":\"93\"}]"));
        String ain = register(withTerritories(tag + " Ain", "ASSOCIATION", "[{\"code\":\"01004\"}]"));
        String paca = register(withTerritories(tag + " PACA", "ASSOCIATION", "[{\"level\":\"REGION\",\"code\":\"93\"}]"));

        assertEquals(List.of(commune, departement), ids(Map.of("q", tag, "territory", "93")));
        assertEquals(List.of(commune, departement), ids(Map.of("q", tag, "territory", "93066")));
        assertEquals(List.of(commune, departement), ids(Map.of("q", tag, "territory", "REGION:11")));
        assertEquals(List.of(paca), ids(Map.of("q", tag, "territory", "REGION:93")));
        assertEquals(List.of(ain), ids(Map.of("q", tag, "territory", "01")));

        String both = register(withTerritories(tag + " both", "ASSOCIATION",
                "[{\"code\":\"93066\"},{\"level\":\"DEPARTEMENT\",\"code\":\"93\"}]"));
        assertEquals(List.of(commune, departement, both), walk(Map.of("q", tag, "territory", "93066")),
                "page by page in creation order, an actor matching through two territories listed once");
        given().queryParam("territory", "99").get("/api/v1/actors").then().statusCode(422)
                .body("errors[0].field", equalTo("territory"));
    }

    @Test
    void summaryCountsLivingActorsOfATerritoryByWorldAndKind() {
        // Counted before and after, as a difference: the registry is shared with the other tests.
        Map<String, Object> before = summary("2A", null);
        Map<String, Object> healthBefore = summary("2A004", "HEALTH");
        String tag = "summary-" + UUID.randomUUID();
        register(withTerritories(tag + " a", "ASSOCIATION", "[{\"code\":\"2A004\"}]"));
        register("{\"name\":\"" + tag + " b\",\"kind\":\"FOUNDATION\",\"themes\":[\"HEALTH\"],"
                + "\"territories\":[{\"level\":\"DEPARTEMENT\",\"code\":\"2A\"}]}");
        String archived = register(withTerritories(tag + " c", "COMPANY", "[{\"code\":\"2A004\"}]"));
        given().delete("/api/v1/actors/" + archived).then().statusCode(200);

        Map<String, Object> after = summary("2A", null);
        assertEquals(count(before, "total") + 2, count(after, "total"));
        assertEquals(count(before, "byWorld.NONPROFIT") + 2, count(after, "byWorld.NONPROFIT"));
        assertEquals(count(before, "byWorld.PRIVATE"), count(after, "byWorld.PRIVATE"), "archived actors are left out");
        assertEquals(count(before, "byKind.FOUNDATION") + 1, count(after, "byKind.FOUNDATION"));
        // The commune counts the actor acting on its département too, and the theme keeps only the foundation.
        assertEquals(count(healthBefore, "total") + 1, count(summary("2A004", "HEALTH"), "total"));

        given().queryParam("territory", "99").get("/api/v1/actors/summary").then().statusCode(422)
                .body("errors[0].field", equalTo("territory"));
        given().queryParam("theme", "KNITTING").get("/api/v1/actors/summary").then().statusCode(400);
    }

    private static Map<String, Object> summary(String territory, String theme) {
        var request = given().queryParam("territory", territory);
        if (theme != null) {
            request.queryParam("theme", theme);
        }
        return request.get("/api/v1/actors/summary").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static long count(Map<String, Object> summary, String path) {
        Object value = summary;
        for (String key : path.split("\\.")) {
            value = value == null ? null : ((Map<?, ?>) value).get(key);
        }
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Test
    void kindWorldThemeAndIdentifierFilters() {
        String tag = "filt-" + UUID.randomUUID();
        String food = register("{\"name\":\"" + tag + " a\",\"kind\":\"ASSOCIATION\",\"themes\":[\"FOOD\",\"HEALTH\"]}");
        String company = register("{\"name\":\"" + tag + " b\",\"kind\":\"COMPANY\",\"themes\":[\"HEALTH\"],"
                + "\"identifiers\":[{\"scheme\":\"SIREN\",\"value\":\"552100554\"}]}");
        assertEquals(List.of(food, company), ids(Map.of("q", tag, "theme", "HEALTH")));
        assertEquals(List.of(food), ids(Map.of("q", tag, "theme", "FOOD")));
        assertEquals(List.of(company), ids(Map.of("q", tag, "world", "PRIVATE")));
        assertEquals(List.of(food), ids(Map.of("q", tag, "kind", "ASSOCIATION")));
        assertEquals(List.of(company), ids(Map.of("identifierScheme", "SIREN", "identifier", "552 100 554")));
        given().queryParam("identifier", "552100554").get("/api/v1/actors").then().statusCode(400)
                .body("errors[0].field", equalTo("identifierScheme"));
        given().queryParam("theme", "KNITTING").get("/api/v1/actors").then().statusCode(400);
    }

    @Test
    void incrementalSyncOrdersByLastChangeAndReturnsTombstones() {
        String tag = "sync-" + UUID.randomUUID();
        Instant since = Instant.now().minusSeconds(1);
        String a = register(ActorJson.minimal(tag + " a", "ASSOCIATION"));
        String b = register(ActorJson.minimal(tag + " b", "ASSOCIATION"));
        String c = register(ActorJson.minimal(tag + " c", "ASSOCIATION"));
        given().contentType(ActorJson.MERGE_PATCH).body("{\"description\":\"changed\"}").patch("/api/v1/actors/" + a)
                .then().statusCode(200);
        given().delete("/api/v1/actors/" + b).then().statusCode(200);

        assertEquals(List.of(c, a), walk(Map.of("q", tag, "updatedSince", since.toString())));
        List<String> withTombstones = walk(Map.of("q", tag, "updatedSince", since.toString(), "includeArchived", "true"));
        assertEquals(List.of(c, a, b), withTombstones);
        assertFalse(ids(Map.of("q", tag)).contains(b), "archived actors are hidden by default");
        Response page = given().queryParams(Map.of("q", tag, "includeArchived", "true", "updatedSince", since.toString()))
                .get("/api/v1/actors").then().statusCode(200).extract().response();
        assertTrue(page.jsonPath().getBoolean("items.find { it.id == '" + b + "' }.archived"));
        given().queryParam("updatedSince", "last week").get("/api/v1/actors").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
    }

    private static List<String> ids(Map<String, String> params) {
        return given().queryParams(params).queryParam("limit", 100).get("/api/v1/actors")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static List<String> walk(Map<String, String> params) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParams(params).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/actors").then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        return seen;
    }
}
