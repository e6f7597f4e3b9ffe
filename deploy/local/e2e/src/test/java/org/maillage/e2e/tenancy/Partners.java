package org.maillage.e2e.tenancy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.maillage.local.LocalSuite;
import org.maillage.local.test.Eventually;

/** Partner organisations of the running suite, each with a key for every area, and the admin. */
final class Partners {

    static final List<String> ALL_SCOPES = List.of("actors:read", "actors:write", "alliances:read",
            "alliances:write", "diagnostics:read", "diagnostics:write", "webhooks:manage");

    record Partner(String organisationId, String key) {

        RequestSpecification call() {
            return given().header("X-API-Key", key);
        }

        RequestSpecification json(Object body) {
            return call().contentType(ContentType.JSON).body(body);
        }
    }

    private final LocalSuite suite;

    Partners(LocalSuite suite) {
        this.suite = suite;
    }

    RequestSpecification admin() {
        return given().header("X-API-Key", suite.adminApiKey());
    }

    /**
     * An alliance proposed by an admin (whose members are active at once), led by the first partner; retried while
     * alliances-service has not yet learnt the new organisations from their events.
     */
    String proposedByAdmin(String name, Partner lead, Partner... partners) {
        List<Map<String, String>> members = new ArrayList<>();
        members.add(Map.of("actorId", lead.organisationId(), "role", "LEAD"));
        for (Partner partner : partners) {
            members.add(Map.of("actorId", partner.organisationId(), "role", "PARTNER"));
        }
        return createdEventually(() -> admin().contentType(ContentType.JSON).body(Map.of("name", name, "members", members))
                .post("/api/v1/alliances"), "alliances-service did not learn the partners' organisations");
    }

    /** The id of what the request creates, once the service has learnt the actors it names from their events. */
    private static String createdEventually(Supplier<Response> request, String failure) {
        AtomicReference<String> id = new AtomicReference<>();
        boolean created = Eventually.holds(() -> {
            Response response = request.get();
            id.set(response.statusCode() == 201 ? response.path("id") : null);
            return id.get() != null;
        }, Duration.ofSeconds(60));
        if (!created) {
            throw new IllegalStateException(failure);
        }
        return id.get();
    }

    /** A conversation the partner facilitates; retried while diagnostics-service has not yet learnt the actors. */
    String openedBy(Partner facilitator, String diagnostic, Partner... participants) {
        List<String> ids = new ArrayList<>(List.of(facilitator.organisationId()));
        for (Partner participant : participants) {
            ids.add(participant.organisationId());
        }
        Map<String, Object> body = Map.of("diagnosticId", diagnostic, "heldOn", "2026-03-14",
                "facilitator", Map.of("name", "Camille Martin"), "participants", ids);
        return createdEventually(() -> facilitator.json(body).post("/api/v1/conversations"),
                "diagnostics-service did not learn the participants' organisations");
    }

    Partner create(String name, String kind) {
        String organisation = admin().contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 8), "kind", kind))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        String key = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Key of " + name, "organisationId", organisation, "scopes", ALL_SCOPES))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("secret");
        return new Partner(organisation, key);
    }
}
