package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;

/**
 * A partner mirroring alliances and the indicator catalogue through the gateway with the change feeds: what it
 * changes comes once, at its latest state, deletions as tombstones; a checkpoint of another feed is refused.
 */
@ExtendWith(SharedSuite.class)
class ChangeFeedsEndToEndTest {

    private static final String ALLIANCES = "/api/v1/alliances/changes";
    private static final String DIAGNOSTICS = "/api/v1/diagnostics/changes";
    private static final String CONVERSATIONS = "/api/v1/conversations/changes";
    private static final String INDICATORS = "/api/v1/indicators/changes";
    private static final String PROBLEM = "application/problem+json";
    private static LocalSuite suite;

    @BeforeAll
    static void useSuite() {
        suite = SharedSuite.suite();
        RestAssured.baseURI = suite.gatewayUrl().toString();
        RestAssured.port = suite.gatewayUrl().getPort();
        RestAssured.requestSpecification = null;
    }

    @Test
    void aPartnerMirrorsAlliancesAndTheCatalogueAndAForeignCheckpointIsRefused() throws InterruptedException {
        String organisation = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Miroir " + UUID.randomUUID(), "kind", "ASSOCIATION"))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        String key = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Clé du miroir", "organisationId", organisation,
                        "scopes", List.of("alliances:read", "alliances:write", "diagnostics:read")))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("secret");

        Drained alliances = drain(key, ALLIANCES, null, "id");
        String alliance = propose(key, organisation);
        Drained proposed = drain(key, ALLIANCES, alliances.checkpoint(), "id");
        assertEquals(1, proposed.count(alliance), "the new alliance, once");
        as(key).delete("/api/v1/alliances/" + alliance).then().statusCode(200);
        Drained archived = drain(key, ALLIANCES, proposed.checkpoint(), "id");
        assertEquals(1, archived.count(alliance), "archived, once more");
        assertEquals(true, archived.item(alliance).getBoolean("archived"), "a deleted alliance is its tombstone");

        String code = "feed_" + UUID.randomUUID().toString().substring(0, 8);
        Drained catalogue = drain(key, INDICATORS, null, "code");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "label", "Miroir", "unit", "count",
                        "polarity", "NEUTRAL", "aggregation", "SUM", "source", "e2e"))
                .post("/api/v1/indicators").then().statusCode(201);
        asAdmin().delete("/api/v1/indicators/" + code).then().statusCode(204);
        Drained deleted = drain(key, INDICATORS, catalogue.checkpoint(), "code");
        assertEquals(1, deleted.count(code));
        assertNull(deleted.item(code).get("label"), "a deleted indicator is its tombstone");
        assertNotNull(deleted.item(code).getString("deletedAt"));

        as(key).queryParam("limit", 1).get(DIAGNOSTICS).then().statusCode(200).body("items.size()",
                lessThanOrEqualTo(1));
        as(key).queryParam("limit", 1).get(CONVERSATIONS).then().statusCode(200).body("items.size()",
                lessThanOrEqualTo(1));

        // Each feed refuses the checkpoint of another, naming it; a key that does not read diagnostics reads none.
        for (String[] foreign : new String[][] {{ALLIANCES, deleted.checkpoint()}, {DIAGNOSTICS, archived.checkpoint()},
                {CONVERSATIONS, archived.checkpoint()}, {INDICATORS, archived.checkpoint()}}) {
            as(key).queryParam("checkpoint", foreign[1]).get(foreign[0]).then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("checkpoint"));
        }
        String alliancesOnly = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Clé sans diagnostics",
                        "organisationId", organisation, "scopes", List.of("alliances:read")))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("secret");
        as(alliancesOnly).get(INDICATORS).then().statusCode(403).contentType(PROBLEM);
    }

    /** Proposed with the partner's key once alliances-service has learnt the organisation from its event. */
    private static String propose(String key, String organisation) throws InterruptedException {
        Map<String, Object> body = Map.of("name", "Alliance miroir", "members",
                List.of(Map.of("actorId", organisation, "role", "LEAD")));
        for (int attempt = 0; attempt < 120; attempt++) {
            Response response = as(key).contentType(ContentType.JSON).body(body).post("/api/v1/alliances");
            if (response.statusCode() == 201) {
                return response.path("id");
            }
            assertEquals(422, response.statusCode(), response.asString());
            Thread.sleep(500);
        }
        throw new AssertionError("alliances-service never learnt organisation " + organisation);
    }

    private record Drained(List<Map<String, Object>> items, String checkpoint, String key) {
        List<String> keys() {
            return items.stream().map(item -> (String) item.get(key)).toList();
        }

        long count(String value) {
            return keys().stream().filter(value::equals).count();
        }

        JsonPath item(String value) {
            Map<String, Object> found = items.stream().filter(item -> value.equals(item.get(key))).reduce((a, b) -> b)
                    .orElseThrow();
            return JsonPath.from(toJson(found));
        }
    }

    private static String toJson(Map<String, Object> item) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(item);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every page after the checkpoint, following hasMore. */
    private static Drained drain(String key, String feed, String checkpoint, String field) {
        List<Map<String, Object>> items = new ArrayList<>();
        boolean more;
        do {
            RequestSpecification request = as(key).queryParam("limit", 500);
            if (checkpoint != null) {
                request.queryParam("checkpoint", checkpoint);
            }
            Response page = request.get(feed).then().statusCode(200).extract().response();
            items.addAll(page.jsonPath().getList("items"));
            checkpoint = page.path("checkpoint");
            more = page.path("hasMore");
            if (!more) {
                assertNull(page.header("Link"), "no next page once caught up");
            }
        } while (more);
        return new Drained(items, checkpoint, field);
    }

    private static RequestSpecification as(String key) {
        return given().header("X-API-Key", key);
    }

    private static RequestSpecification asAdmin() {
        return as(suite.adminApiKey());
    }
}
