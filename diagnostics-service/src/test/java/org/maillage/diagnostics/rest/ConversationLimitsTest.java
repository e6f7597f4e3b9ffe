package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Events;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * A conversation stops taking fragilities and solutions at the stated caps. The lists are filled to one below
 * the cap in SQL (hundreds of requests would only slow the test); the last item then goes through the API.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ConversationLimitsTest {

    private static final String PERI = """
            {"territoryCode": "2A209", "period": "2015", "indicators": ["fx_rate", "fx_good", "fx_old"],
             "reference": {"type": "PARENT"}}""";

    @Inject
    DataSource dataSource;

    @Test
    void theFragilityBeyondTheCapIsRefusedAndNothingChanges() {
        UUID actor = participant("Asso Peri fragilities");
        String diagnosticId = DiagnosticFixture.diagnose(PERI);
        String base = "/api/v1/conversations/" + open(diagnosticId, actor);
        Sql.update(dataSource, """
                UPDATE diagnostic SET fragilities = fragilities || (SELECT jsonb_agg(jsonb_build_object('id', gen_random_uuid(),
                    'origin', 'CONVERSATION', 'title', 'Seeded ' || g, 'theme', 'HEALTH', 'proposedBy', '%s'))
                  FROM generate_series(1, %d - 1 - jsonb_array_length(fragilities)) g)
                WHERE id = '%s'""".formatted(actor, Diagnostic.MAX_FRAGILITIES, diagnosticId));

        post(base + "/fragilities", added("The last one", actor)).statusCode(201);
        long version = version(base);
        post(base + "/fragilities", added("One too many", actor)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("fragilities")).body("errors.code", contains("TooMany"));

        assertEquals(String.valueOf(Diagnostic.MAX_FRAGILITIES), Sql.query(dataSource,
                "SELECT jsonb_array_length(fragilities) FROM diagnostic WHERE id = '" + diagnosticId + "'"));
        assertEquals("0", Sql.query(dataSource, "SELECT count(*) FROM diagnostic, jsonb_array_elements(fragilities) f"
                + " WHERE id = '" + diagnosticId + "' AND f->>'title' = 'One too many'"));
        assertEquals(version, version(base));
        given().get(base).then().statusCode(200);
    }

    @Test
    void theSolutionBeyondTheCapIsRefusedAndNothingChanges() {
        UUID actor = participant("Asso Peri solutions");
        String diagnosticId = DiagnosticFixture.diagnose(PERI);
        String conversation = open(diagnosticId, actor);
        String base = "/api/v1/conversations/" + conversation;
        String fragility = post(base + "/fragilities", added("Few doctors", actor)).statusCode(201).extract().path("id");
        Sql.update(dataSource, """
                UPDATE conversation SET solutions = (SELECT jsonb_agg(jsonb_build_object('id', gen_random_uuid(),
                    'fragilityId', '%s', 'title', 'Seeded ' || g, 'proposedBy', '%s'))
                  FROM generate_series(1, %d - 1) g)
                WHERE id = '%s'""".formatted(fragility, actor, Conversation.MAX_SOLUTIONS, conversation));

        post(base + "/solutions", solution(fragility, "The last one", actor)).statusCode(201);
        long version = version(base);
        post(base + "/solutions", solution(fragility, "One too many", actor)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("solutions")).body("errors.code", contains("TooMany"));

        assertEquals(String.valueOf(Conversation.MAX_SOLUTIONS), Sql.query(dataSource,
                "SELECT jsonb_array_length(solutions) FROM conversation WHERE id = '" + conversation + "'"));
        assertEquals(version, version(base));
    }

    private UUID participant(String name) {
        DiagnosticFixture.load();
        UUID actor = Events.actorRegistered(name, "ASSOCIATION", "NONPROFIT", null);
        Actors.awaitKnown(dataSource, actor);
        return actor;
    }

    private static String open(String diagnosticId, UUID actor) {
        return post("/api/v1/conversations", """
                {"diagnosticId": "%s", "heldOn": "2026-03-14", "facilitator": {"name": "Camille Martin"},
                 "participants": ["%s"]}""".formatted(diagnosticId, actor)).statusCode(201).extract().path("id");
    }

    private static long version(String conversation) {
        return given().get(conversation).then().statusCode(200).extract().<Number>path("version").longValue();
    }

    private static String added(String title, UUID by) {
        return "{\"title\": \"" + title + "\", \"theme\": \"HEALTH\", \"proposedBy\": \"" + by + "\"}";
    }

    private static String solution(String fragility, String title, UUID by) {
        return "{\"fragilityId\": \"" + fragility + "\", \"title\": \"" + title + "\", \"proposedBy\": \"" + by + "\"}";
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }
}
