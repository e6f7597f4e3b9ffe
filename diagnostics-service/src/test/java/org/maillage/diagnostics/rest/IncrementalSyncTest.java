package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.diagnostics.support.Fixtures;
import org.maillage.testsupport.LocalInfrastructureResource;

/** updatedSince on the indicator and diagnostic lists: (updatedAt, key) order, keyset pages, tombstones. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class IncrementalSyncTest {

    @Inject
    DataSource dataSource;

    @Test
    void indicatorChangesInOrderWithTombstonesOfDeletedOnes() {
        String since = Instant.now().minusMillis(1).toString();
        Fixtures.indicator("sync_a", "HIGHER_IS_WORSE", "SUM", "HOUSING");
        Fixtures.indicator("sync_b", "HIGHER_IS_WORSE", "SUM", "HOUSING");
        assertEquals(List.of("sync_a", "sync_b"), pages("/api/v1/indicators?updatedSince=" + since + "&limit=1", "code"));

        String etag = given().get("/api/v1/indicators/sync_a").then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("""
                {"label": "Sync A, renamed", "unit": "count", "theme": "HOUSING", "polarity": "HIGHER_IS_WORSE",
                 "aggregation": "SUM", "source": "test"}""").put("/api/v1/indicators/sync_a").then().statusCode(200);
        assertEquals(List.of("sync_b", "sync_a"), pages("/api/v1/indicators?updatedSince=" + since + "&limit=1", "code"));

        given().delete("/api/v1/indicators/sync_b").then().statusCode(204);
        given().get("/api/v1/indicators?updatedSince=" + since).then().statusCode(200).body("items.code", contains("sync_a"));
        given().get("/api/v1/indicators?updatedSince=" + since + "&includeArchived=true&theme=HOUSING").then()
                .body("items.code", contains("sync_a", "sync_b"))
                .body("items[0].deletedAt", nullValue()).body("items[0].label", equalTo("Sync A, renamed"))
                .body("items[1].deletedAt", notNullValue()).body("items[1].version", nullValue())
                .body("items[1].label", nullValue());
        given().get("/api/v1/indicators?updatedSince=" + since + "&includeArchived=true&theme=HEALTH").then()
                .body("items.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("sync_b")));

        Fixtures.indicator("sync_b", "HIGHER_IS_BETTER", "SUM", "HOUSING");
        given().get("/api/v1/indicators?updatedSince=" + since + "&includeArchived=true").then()
                .body("items.code", contains("sync_a", "sync_b")).body("items[1].deletedAt", nullValue())
                .body("items[1].polarity", equalTo("HIGHER_IS_BETTER"));
        given().get("/api/v1/indicators?updatedSince=yesterday").then().statusCode(400)
                .body("errors.field", contains("updatedSince"));
    }

    @Test
    void diagnosticChangesWithSupersededOnesAsTombstones() {
        DiagnosticFixture.load();
        UUID actor = Events.actorRegistered("Mairie de Cuttoli", "LOCAL_AUTHORITY", "PUBLIC", null);
        Actors.awaitKnown(dataSource, actor);
        String since = Instant.now().minusMillis(1).toString();
        String body = "{\"territoryCode\": \"2A209\", \"period\": \"2015\", \"indicators\": [\"fx_rate\", \"fx_good\"]}";
        String older = DiagnosticFixture.diagnose(body);
        String newer = DiagnosticFixture.diagnose(body);
        String list = "/api/v1/diagnostics?territory=2A209&updatedSince=" + since;
        assertEquals(List.of(older, newer), pages(list + "&limit=1", "id"));

        adopt(older, actor);
        adopt(newer, actor);
        given().get("/api/v1/diagnostics/" + older).then().body("state", equalTo("SUPERSEDED"));
        given().get(list).then().statusCode(200).body("items.id", contains(newer)).body("items.state", contains("PUBLISHED"));
        given().get(list + "&state=SUPERSEDED").then().body("items.id", contains(older));
        List<String> all = pages(list + "&includeArchived=true&limit=1", "id");
        assertEquals(2, all.size());
        given().get(list + "&includeArchived=true").then()
                .body("items.id", containsInAnyOrder(older, newer))
                .body("items.id", equalTo(all));
        List<String> updated = given().get(list + "&includeArchived=true").then().extract().path("items.updatedAt");
        assertEquals(updated.stream().map(Instant::parse).sorted().toList(), updated.stream().map(Instant::parse).toList());
        given().get("/api/v1/diagnostics?updatedSince=" + Instant.now().plusSeconds(60)).then().body("items", org.hamcrest.Matchers.empty());
    }

    private void adopt(String diagnosticId, UUID actor) {
        String conversation = given().contentType(ContentType.JSON).body("""
                        {"diagnosticId": "%s", "heldOn": "2026-06-01", "facilitator": {"name": "Anna Leca"},
                         "participants": ["%s"]}""".formatted(diagnosticId, actor))
                .post("/api/v1/conversations").then().statusCode(201).extract().path("id");
        String base = "/api/v1/conversations/" + conversation;
        List<String> found = given().get("/api/v1/diagnostics/" + diagnosticId).then().extract().path("fragilities.id");
        found.forEach(f -> given().contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"}")
                .put(base + "/verdicts/" + f).then().statusCode(200));
        String added = given().contentType(ContentType.JSON).body("{\"title\": \"Empty shops\", \"theme\": \"EMPLOYMENT\","
                + " \"proposedBy\": \"" + actor + "\"}").post(base + "/fragilities").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"fragilityIds\": [\"" + added + "\"]}").put(base + "/rankings/" + actor)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("").post(base + "/adoption").then().statusCode(200);
    }

    /** Every page of the list, following nextCursor, checking the Link header points to the next page. */
    private static List<String> pages(String first, String field) {
        List<String> values = new ArrayList<>();
        String url = first;
        for (int page = 0; page < 20; page++) {
            var response = given().get(url).then().statusCode(200).extract();
            values.addAll(response.path("items." + field));
            String next = response.path("nextCursor");
            if (next == null) {
                assertNull(response.header("Link"));
                return values;
            }
            given().get(url).then().header("Link", containsString("rel=\"next\""));
            url = first + "&cursor=" + next;
        }
        throw new AssertionError("more than 20 pages from " + first);
    }
}
