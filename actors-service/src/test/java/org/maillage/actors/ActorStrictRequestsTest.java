package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.actors.ActorJson.MERGE_PATCH;
import static org.maillage.actors.ActorJson.PROBLEM;
import static org.maillage.actors.ActorJson.post;
import static org.maillage.actors.ActorJson.register;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.RawHttp;
import org.maillage.testsupport.TestIdentity;

/** Requests the contract forbids, accepted until now, are refused naming the field, and change nothing. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ActorStrictRequestsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"kind\":\"ASSOCIATION\",\"description\":12345                 | description",
        "\"kind\":\"ASSOCIATION\",\"description\":false                 | description",
        "\"kind\":\"association\"                                       | kind",
        "\"kind\":1                                                     | kind",
        "\"kind\":\"\"                                                  | kind",
        "\"kind\":\"ASSOCIATION\",\"description\":null                  | description",
        "\"kind\":\"ASSOCIATION\",\"kind\":\"COMPANY\"                   | kind",
        "\"kind\":\"ASSOCIATION\",\"themes\":[\"HEALTH\",\"HEALTH\"]      | themes[1]",
        "\"kind\":\"ASSOCIATION\",\"themes\":[\"health\"]                | themes[0]"
    })
    void aBodyTheContractForbidsIsRefusedAndRegistersNothing(String fields, String field) {
        String tag = "strict-" + UUID.randomUUID();
        post("{\"name\":\"" + tag + "\"," + fields + "}").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
        assertEquals(0, countNamed(tag));
    }

    @Test
    void aNumberIsNotAName() {
        post("{\"name\":4242424242,\"kind\":\"ASSOCIATION\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("must be a string"));
        assertEquals(0, countNamed("4242424242"));
    }

    @Test
    void themesOverTheLimitAreCountedAsSentNotAfterDeduplication() {
        String tag = "strict-" + UUID.randomUUID();
        String fifteen = "\"HEALTH\",".repeat(14) + "\"HEALTH\"";
        post("{\"name\":\"" + tag + "\",\"kind\":\"ASSOCIATION\",\"themes\":[" + fifteen + "]}")
                .then().statusCode(400).body("errors[0].field", containsString("themes"));
        assertEquals(0, countNamed(tag));
    }

    @Test
    void aReplacementWithANullChangesNothingWhileAMergePatchNullRemovesTheField() {
        String tag = "strict-" + UUID.randomUUID();
        String id = register("{\"name\":\"" + tag + "\",\"kind\":\"ASSOCIATION\",\"description\":\"kept\"}");
        String etag = given().get("/api/v1/actors/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"" + tag + "\",\"kind\":\"ASSOCIATION\",\"description\":null}")
                .put("/api/v1/actors/" + id).then().statusCode(400).body("errors[0].field", equalTo("description"));
        given().contentType(MERGE_PATCH).header("If-Match", etag).body("{\"description\":\"x\",\"description\":\"y\"}")
                .patch("/api/v1/actors/" + id).then().statusCode(400).body("errors[0].field", equalTo("description"));
        given().get("/api/v1/actors/" + id).then().statusCode(200).header("ETag", etag)
                .body("description", equalTo("kept"));

        given().contentType(MERGE_PATCH).header("If-Match", etag).body("{\"description\":null}")
                .patch("/api/v1/actors/" + id).then().statusCode(200);
        given().get("/api/v1/actors/" + id).then().statusCode(200).body("description", equalTo(null));
    }

    @Test
    void aBodyWithAByteOrderMarkWithoutContentTypeOrNotInUtf8IsRefused() throws IOException {
        String tag = "strict-" + UUID.randomUUID();
        byte[] json = ("{\"name\":\"" + tag + "\",\"kind\":\"ASSOCIATION\"}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        RawHttp.Response bom = postRaw("\r\nContent-Type: application/json", withBom);
        assertEquals(400, bom.status(), bom.body());
        assertEquals(PROBLEM, bom.contentType());
        RawHttp.Response untyped = postRaw("", json);
        assertEquals(415, untyped.status(), untyped.body());
        assertEquals(PROBLEM, untyped.contentType());
        RawHttp.Response utf16 = postRaw("\r\nContent-Type: application/json; charset=utf-16", json);
        assertEquals(415, utf16.status(), utf16.body());
        assertTrue(utf16.body().contains("UTF-8"), utf16.body());
        assertEquals(0, countNamed(tag));
        RawHttp.Response utf8 = postRaw("\r\nContent-Type: application/json; charset=UTF-8", json);
        assertEquals(201, utf8.status(), utf8.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kind=                | kind",
        "updatedSince=        | updatedSince",
        "limit=               | limit",
        "kind=association     | kind",
        "kind=NOT_A_VALUE     | kind",
        "includeArchived=TRUE | includeArchived"
    })
    void aQueryValueTheContractForbidsIsRefusedNamingIt(String query, String parameter) {
        given().urlEncodingEnabled(false).get("/api/v1/actors?" + query).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void aBlankExternalIdOrSystemInThePathIsRefusedLikeOneInTheBody() {
        String tag = "strict-" + UUID.randomUUID();
        String body = "{\"name\":\"" + tag + "\",\"kind\":\"ASSOCIATION\"}";
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(body)
                .put("/api/v1/actors/by-ref/crm/%20").then().statusCode(400)
                .body("errors[0].field", containsString("externalId"));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(body)
                .put("/api/v1/actors/by-ref/%09/contact-1").then().statusCode(400)
                .body("errors[0].field", containsString("system"));
        assertEquals(0, countNamed(tag));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        given().get("/api/v1/actors?world=NOT_A_VALUE").then().statusCode(400)
                .body("errors[0].message", containsString("PUBLIC"));
    }

    @Test
    void aUuidNotInCanonicalFormIsA400NamingTheParameter() {
        given().get("/api/v1/actors/1-2-3-4-5").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"));
        String id = register("{\"name\":\"strict-" + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
        given().get("/api/v1/actors/" + id.toUpperCase()).then().statusCode(200).body("id", equalTo(id));
        given().get("/api/v1/actors/" + id + "/people/" + id.substring(1)).then().statusCode(400)
                .body("errors[0].field", equalTo("personId"));
    }

    private static int countNamed(String tag) {
        return given().queryParam("q", tag).get("/api/v1/actors").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    private static RawHttp.Response postRaw(String headers, byte[] body) throws IOException {
        return RawHttp.send("localhost", RestAssured.port, "POST /api/v1/actors HTTP/1.1\r\n" + TestIdentity.HEADER + ": "
                + TestIdentity.admin() + headers, body);
    }
}
