package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ConditionalRequestTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private String create() {
        String id = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"Plan\",\"size\":3,\"colour\":\"RED\",\"tags\":{\"a\":\"1\",\"b\":\"2\"}}")
                .put("/probe-http/docs/" + id).then().statusCode(200).header("ETag", "\"0\"");
        return id;
    }

    @Test
    void mergePatchSetsRemovesAndMergesMembers() {
        String id = create();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"title\":\"Plan B\",\"colour\":null,\"tags\":{\"a\":null,\"c\":\"3\"}}")
                .patch("/probe-http/docs/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Plan B"))
                .body("size", equalTo(3))
                .body("colour", nullValue())
                .body("tags.a", nullValue())
                .body("tags.b", equalTo("2"))
                .body("tags.c", equalTo("3"));
    }

    @Test
    void staleIfMatchIs412AndLeavesTheResourceAlone() {
        String id = create();
        given().contentType(MERGE_PATCH).body("{\"size\":4}").patch("/probe-http/docs/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"size\":5}").patch("/probe-http/docs/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://maillage.org/problems/precondition-failed"));
        given().contentType(MERGE_PATCH).header("If-Match", "W/\"1\"").body("{\"size\":5}").patch("/probe-http/docs/" + id)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\", \"9\"").body("{\"title\":\"x\",\"size\":1}")
                .put("/probe-http/docs/" + id).then().statusCode(412);
        given().get("/probe-http/docs/" + id).then().statusCode(200).header("ETag", "\"1\"").body("size", equalTo(4));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\", \"1\"").body("{\"size\":5}").patch("/probe-http/docs/" + id)
                .then().statusCode(200).header("ETag", "\"2\"");
        given().contentType(MERGE_PATCH).header("If-Match", "*").body("{\"size\":6}").patch("/probe-http/docs/" + id)
                .then().statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void patchedDocumentIsValidatedLikeABody() {
        String id = create();
        given().contentType(MERGE_PATCH).body("{\"title\":\" \",\"size\":11}").patch("/probe-http/docs/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("size"));
        given().contentType(MERGE_PATCH).body("{\"nickname\":\"x\"}").patch("/probe-http/docs/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("nickname"))
                .body("errors[0].code", equalTo("UnknownProperty"));
        given().contentType(MERGE_PATCH).body("{\"colour\":\"BLUE\"}").patch("/probe-http/docs/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().contentType(MERGE_PATCH).body("[1]").patch("/probe-http/docs/" + id).then().statusCode(400);
        given().contentType(MERGE_PATCH).body("{\"title\":").patch("/probe-http/docs/" + id)
                .then().statusCode(400).body("type", equalTo("https://maillage.org/problems/malformed-json"));
        given().get("/probe-http/docs/" + id).then().header("ETag", "\"0\"").body("title", equalTo("Plan"));
    }

    @Test
    void syncParametersAreParsedOrRejected() {
        given().queryParam("updatedSince", "2026-03-01T10:00:00+01:00").queryParam("includeArchived", "true")
                .get("/probe-http/sync").then().statusCode(200)
                .body("updatedSince", equalTo("2026-03-01T09:00:00Z")).body("includeArchived", equalTo(true));
        given().get("/probe-http/sync").then().statusCode(200).body("includeArchived", equalTo(false));
        given().queryParam("updatedSince", "yesterday").get("/probe-http/sync")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }
}
