package org.maillage.e2e.tenancy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.maillage.e2e.Created;
import org.maillage.local.LocalSuite;

/** Partner organisations of the running suite, each with a key for every area, and the admin. */
public final class Partners {

    static final List<String> ALL_SCOPES = List.of("actors:read", "actors:write", "alliances:read",
            "alliances:write", "diagnostics:read", "diagnostics:write", "webhooks:manage");

    public record Partner(String organisationId, String key) {

        public RequestSpecification call() {
            return given().header("X-API-Key", key);
        }

        public RequestSpecification json(Object body) {
            return call().contentType(ContentType.JSON).body(body);
        }
    }

    private final LocalSuite suite;

    public Partners(LocalSuite suite) {
        this.suite = suite;
    }

    RequestSpecification admin() {
        return given().header("X-API-Key", suite.adminApiKey());
    }

    /**
     * An alliance proposed by an admin (whose members are active at once), led by the first partner; retried while
     * alliances-service has not yet learnt the new organisations from their events.
     */
    public String proposedByAdmin(String name, Partner lead, Partner... partners) {
        List<Map<String, String>> members = new ArrayList<>();
        members.add(Map.of("actorId", lead.organisationId(), "role", "LEAD"));
        for (Partner partner : partners) {
            members.add(Map.of("actorId", partner.organisationId(), "role", "PARTNER"));
        }
        return Created.eventually(() -> admin().contentType(ContentType.JSON).body(Map.of("name", name, "members", members))
                .post("/api/v1/alliances"), "alliances-service did not learn the partners' organisations");
    }

    /** A conversation the partner facilitates; retried while diagnostics-service has not yet learnt the actors. */
    public String openedBy(Partner facilitator, String diagnostic, Partner... participants) {
        List<String> ids = new ArrayList<>(List.of(facilitator.organisationId()));
        for (Partner participant : participants) {
            ids.add(participant.organisationId());
        }
        Map<String, Object> body = Map.of("diagnosticId", diagnostic, "heldOn", "2026-03-14",
                "facilitator", Map.of("name", "Camille Martin"), "participants", ids);
        return Created.eventually(() -> facilitator.json(body).post("/api/v1/conversations"),
                "diagnostics-service did not learn the participants' organisations");
    }

    public Partner create(String name, String kind) {
        String organisation = admin().contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 8), "kind", kind))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        String key = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Key of " + name, "organisationId", organisation, "scopes", ALL_SCOPES))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("secret");
        return new Partner(organisation, key);
    }
}
