package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * Every write of a conversation honours If-Match: a stale ETag is refused with 412 and changes nothing; each
 * accepted write answers the new ETag. The priorities are never adopted here (Tavaco's published diagnostic
 * belongs to the coverage test).
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ConversationIfMatchTest {

    @Inject
    DataSource dataSource;

    @Test
    void staleETagsAreRefusedWith412() {
        DiagnosticFixture.load();
        UUID actor = Events.actorRegistered("Comité des fêtes de Tavaco", "ASSOCIATION", "NONPROFIT", null);
        Actors.awaitKnown(dataSource, actor);
        String diagnosticId = DiagnosticFixture.diagnose("""
                {"territoryCode": "2A323", "period": "2015", "indicators": ["fx_rate", "fx_good", "fx_old"]}""");
        String fragility = given().get("/api/v1/diagnostics/" + diagnosticId).then().extract().path("fragilities[0].id");
        var open = given().contentType(ContentType.JSON).body("""
                        {"diagnosticId": "%s", "heldOn": "2026-05-02", "facilitator": {"name": "Paul Pietri"},
                         "participants": ["%s"]}""".formatted(diagnosticId, actor))
                .post("/api/v1/conversations").then().statusCode(201).extract();
        String opened = open.header("ETag");
        String base = "/api/v1/conversations/" + open.path("id");
        given().get(base).then().statusCode(200).header("ETag", opened);

        String afterVerdict = write("PUT", base + "/verdicts/" + fragility, opened, "{\"verdict\": \"CONFIRMED\"}")
                .statusCode(200).extract().header("ETag");
        assertNotEquals(opened, afterVerdict);
        stale(write("PUT", base + "/verdicts/" + fragility, opened,
                "{\"verdict\": \"CONTESTED\", \"reason\": \"Seen from an old figure\"}"));
        given().get(base).then().header("ETag", afterVerdict).body("verdicts.verdict", contains("CONFIRMED"));

        String afterAdded = write("POST", base + "/fragilities", afterVerdict,
                "{\"title\": \"No doctor\", \"theme\": \"HEALTH\", \"proposedBy\": \"" + actor + "\"}")
                .statusCode(201).extract().header("ETag");
        assertNotEquals(afterVerdict, afterAdded);
        stale(write("POST", base + "/fragilities", afterVerdict,
                "{\"title\": \"No bus\", \"theme\": \"MOBILITY\", \"proposedBy\": \"" + actor + "\"}"));
        given().get("/api/v1/diagnostics/" + diagnosticId).then().body("fragilities", hasSize(2));
        given().get(base).then().header("ETag", afterAdded);

        String afterRanking = write("PUT", base + "/rankings/" + actor, afterAdded,
                "{\"fragilityIds\": [\"" + fragility + "\"]}").statusCode(200).extract().header("ETag");
        stale(write("POST", base + "/solutions", afterAdded, "{\"fragilityId\": \"" + fragility
                + "\", \"title\": \"Tutoring\", \"proposedBy\": \"" + actor + "\"}"));
        stale(write("POST", base + "/adoption", afterAdded, ""));
        stale(write("PUT", base + "/rankings/" + actor, "W/" + afterRanking, "{\"fragilityIds\": [\"" + fragility + "\"]}"));
        given().get(base).then().header("ETag", afterRanking).body("state", equalTo("OPEN")).body("solutions", hasSize(0));
        given().get("/api/v1/diagnostics/" + diagnosticId).then().body("state", equalTo("IN_CONVERSATION"));
    }

    private static ValidatableResponse write(String method, String path, String ifMatch, String body) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(body).request(method, path).then();
    }

    private static void stale(ValidatableResponse response) {
        response.statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
    }
}
