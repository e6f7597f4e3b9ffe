package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Calls of the webhooks API the tests repeat. */
final class Webhooks {

    private Webhooks() {
    }

    static JsonPath create(String key, String url, List<String> eventTypes) {
        return given().header("X-API-Key", key).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", eventTypes))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath deliveries(String key, String webhookId) {
        return given().header("X-API-Key", key).get("/api/v1/webhooks/" + webhookId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }
}
