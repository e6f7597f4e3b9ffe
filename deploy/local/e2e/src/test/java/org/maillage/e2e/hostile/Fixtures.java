package org.maillage.e2e.hostile;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maillage.e2e.Created;

/**
 * Real resources for the path parameters of the hostile run, so that a malformed query or body reaches the code
 * behind an existing alliance, actor or webhook instead of stopping at a 404. A fixture the suite refuses to
 * create is left out: its parameters then get a random value.
 */
final class Fixtures {

    /** Path prefix and parameter name → the id to use. */
    private final Map<String, String> ids = new HashMap<>();
    private final String gateway;
    private final String key;

    private Fixtures(String gateway, String key) {
        this.gateway = gateway;
        this.key = key;
    }

    static Fixtures create(String gateway, String key) {
        Fixtures fixtures = new Fixtures(gateway, key);
        fixtures.build();
        return fixtures;
    }

    /** The fixture's id for this parameter of this path, if there is one. */
    Optional<String> idFor(String path, String parameter) {
        return ids.entrySet().stream()
                .filter(entry -> {
                    String[] prefixAndName = entry.getKey().split(" ", 2);
                    return path.startsWith(prefixAndName[0]) && parameter.equals(prefixAndName[1]);
                })
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private void build() {
        String lead = created(call().body(Map.of("name", "Épicerie du fuzz " + UUID.randomUUID(), "kind", "ASSOCIATION"))
                .post("/api/v1/actors"), "id");
        String partner = created(call().body(Map.of("name", "Mairie du fuzz " + UUID.randomUUID(), "kind", "LOCAL_AUTHORITY"))
                .post("/api/v1/actors"), "id");
        ids.put("/api/v1/actors id", lead);
        ids.put("/api/v1/actors actorId", lead);
        String person = created(call().body(Map.of("name", "Camille Martin", "professions", List.of("TERRITORIAL_CATALYST"),
                "competencies", Map.of("operational", 50, "strategic", 30, "political", 20)))
                .post("/api/v1/actors/" + lead + "/people"), "id");
        ids.put("/api/v1/actors personId", person);

        Map<String, Object> alliance = Map.of("name", "Alliance du fuzz", "members", List.of(
                Map.of("actorId", lead, "role", "LEAD"), Map.of("actorId", partner, "role", "PARTNER")));
        String allianceId = Created.eventually(() -> call().body(alliance).post("/api/v1/alliances"),
                "alliances-service never learnt the fuzz actors");
        ids.put("/api/v1/alliances id", allianceId);
        ids.put("/api/v1/alliances/{id}/members actorId", partner);
        ids.put("/api/v1/alliances/{id}/commitments commitmentId", created(call().body(Map.of("memberActorId", partner,
                "kind", "FINANCIAL", "amount", 5000, "unit", "EUR")).post("/api/v1/alliances/" + allianceId + "/commitments"), "id"));
        ids.put("/api/v1/alliances/{id}/milestones milestoneId", created(call().body(Map.of("title", "Lancement",
                "dueDate", "2027-06-30")).post("/api/v1/alliances/" + allianceId + "/milestones"), "id"));

        ids.put("/api/v1/webhooks id", created(call().body(Map.of("url", "https://192.0.2.10/hooks",
                "eventTypes", List.of("org.maillage.alliance.*"))).post("/api/v1/webhooks"), "webhook.id"));
        ids.put("/api/v1/admin/api-keys id", created(call().body(Map.of("name", "fuzz target", "scopes",
                List.of("actors:read"))).post("/api/v1/admin/api-keys"), "key.id"));
        ids.put("/api/v1/territories code", "93");
        ids.put("/api/v1/reference-systems system", "crm-fuzz");
        String indicator = call().get("/api/v1/indicators?limit=1").then().extract().path("items[0].code");
        if (indicator != null) {
            ids.put("/api/v1/indicators code", indicator);
        }
        String diagnostic = optional(call().body(Map.of("territoryCode", "93", "level", "DEPARTEMENT", "period", "2024"))
                .post("/api/v1/diagnostics"), "id");
        if (diagnostic != null) {
            ids.put("/api/v1/diagnostics id", diagnostic);
            String conversation = optional(call().body(Map.of("diagnosticId", diagnostic, "heldOn", "2026-03-14",
                    "facilitator", Map.of("name", "Camille Martin", "actorId", lead),
                    "participants", List.of(lead, partner))).post("/api/v1/conversations"), "id");
            if (conversation != null) {
                ids.put("/api/v1/conversations id", conversation);
                ids.put("/api/v1/conversations/{id}/rankings actorId", partner);
            }
        }
    }

    private RequestSpecification call() {
        return given().baseUri(gateway).header("X-API-Key", key).contentType("application/json");
    }

    private static String created(Response response, String idPath) {
        response.then().statusCode(201);
        return response.path(idPath);
    }

    private static String optional(Response response, String idPath) {
        return response.statusCode() == 201 ? response.path(idPath) : null;
    }
}
