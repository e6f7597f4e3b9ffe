package org.maillage.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates keys through the admin API, authenticated with the bootstrap admin key. */
public final class AdminApi {

    private AdminApi() {
    }

    /** The created key's JSON: {@code key.id}, {@code secret}, ... */
    public static JsonPath createKey(List<String> scopes, Integer requestsPerMinute) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "CRM " + scopes);
        body.put("organisationId", "5d0a6b1e-0b8e-4a53-9d4f-2f3b8a6c1e01");
        body.put("scopes", scopes);
        if (requestsPerMinute != null) {
            body.put("requestsPerMinute", requestsPerMinute);
        }
        return given().header("X-API-Key", TestCredentials.ADMIN_KEY).contentType("application/json").body(body)
                .post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().jsonPath();
    }
}
