package org.maillage.actors;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Request bodies and calls shared by the actor tests. */
final class ActorJson {

    static final String PROBLEM = "application/problem+json";
    // RestAssured encodes a non-JSON media type as ISO-8859-1 unless told otherwise.
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private ActorJson() {
    }

    static String minimal(String name, String kind) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}";
    }

    static String withIdentifier(String name, String kind, String scheme, String value) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"identifiers\":[{\"scheme\":\"" + scheme
                + "\",\"value\":\"" + value + "\"}]}";
    }

    static String withTerritories(String name, String kind, String territoriesJson) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"territories\":" + territoriesJson + "}";
    }

    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/actors").then().extract().response();
    }

    static String register(String body) {
        Response response = post(body);
        if (response.statusCode() != 201) {
            throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.asString());
        }
        return response.path("id");
    }
}
