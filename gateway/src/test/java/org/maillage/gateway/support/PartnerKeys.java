package org.maillage.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Partner keys of a given organisation, created through the admin API. */
public final class PartnerKeys {

    private PartnerKeys() {
    }

    /** The secret of a new key of the organisation with these scopes. */
    public static String create(UUID organisationId, List<String> scopes) {
        return issue(organisationId, scopes).getString("secret");
    }

    /** The created key's JSON: {@code key.id}, {@code secret}. */
    public static JsonPath issue(UUID organisationId, List<String> scopes) {
        return given().header("X-API-Key", TestCredentials.ADMIN_KEY).contentType("application/json")
                .body(Map.of("name", "partner " + scopes, "organisationId", organisationId.toString(), "scopes", scopes))
                .post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().jsonPath();
    }
}
