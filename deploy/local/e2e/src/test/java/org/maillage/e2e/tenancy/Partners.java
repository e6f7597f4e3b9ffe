package org.maillage.e2e.tenancy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.maillage.local.LocalSuite;

/** Two partner organisations of the running suite, each with a key for every area, and the admin. */
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
