package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Requests are read exactly as the contracts type them: anything else is a problem naming what is wrong. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class StrictRequestsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":12345}                     | name   | must be a string",
        "{\"name\":true}                      | name   | must be a string",
        "{\"name\":1.5}                       | name   | must be a string",
        "{\"count\":\"5\"}                    | count  | must be a whole number",
        "{\"count\":1.5}                      | count  | must be a whole number",
        "{\"total\":2.0}                      | total  | must be a whole number",
        "{\"ratio\":\"0.5\"}                  | ratio  | must be a number",
        "{\"active\":\"true\"}                | active | must be true or false",
        "{\"active\":1}                       | active | must be true or false",
        "{\"colour\":\"red\"}                 | colour | must be one of [RED, GREEN]",
        "{\"colour\":0}                       | colour | must be one of [RED, GREEN]",
        "{\"colour\":\"\"}                    | colour | must be one of [RED, GREEN]",
        "{\"at\":\"\"}                        | at     | must be an RFC 3339 date-time with an offset",
        "{\"on\":\"\"}                        | on     | must be a date such as 2026-03-14",
        "{\"ref\":\"\"}                       | ref    | must be a UUID in the 8-4-4-4-12 hexadecimal form",
        "{\"ref\":\"1-2-3-4-5\"}              | ref    | must be a UUID in the 8-4-4-4-12 hexadecimal form",
        "{\"ref\":\"AAAAAAAAAAAAAAAAAAAAAA==\"} | ref  | must be a UUID in the 8-4-4-4-12 hexadecimal form",
        "{\"tags\":[\"a\",\"b\",\"a\"]}       | tags[2] | must not repeat an item of the list",
        "{\"parts\":[{\"label\":7}]}          | parts[0].label | must be a string"
    })
    void valuesOfAnotherTypeAreNotCoerced(String body, String field, String message) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/probe-strict")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void valuesOfTheContractTypesAreRead() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"n\",\"count\":5,\"total\":7,\"ratio\":1,\"active\":true,\"colour\":\"GREEN\","
                        + "\"tags\":[\"a\",\"b\"],\"at\":\"2026-03-14T09:30:00Z\",\"on\":\"2026-03-14\","
                        + "\"ref\":\"" + ID.toUpperCase() + "\",\"parts\":[{\"label\":\"x\"}]}")
                .when().post("/probe-strict")
                .then().statusCode(200)
                .body("count", equalTo(5)).body("ratio", equalTo(1.0f)).body("colour", equalTo("GREEN"))
                .body("ref", equalTo(ID)).body("tags", hasItems("a", "b"));
    }

    @Test
    void sizeLimitsOfSetsCountTheItemsSent() {
        given().contentType(ContentType.JSON).body("{\"tags\":[\"a\",\"b\",\"c\"]}")
                .when().post("/probe-strict")
                .then().statusCode(400).body("errors[0].field", equalTo("tags"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":null}                          | name",
        "{\"parts\":[{\"label\":null}]}           | parts[0].label",
        "{\"tags\":[\"a\",null]}                  | tags[1]"
    })
    void nullIsRefusedOutsideAMergePatch(String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/probe-strict")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo("NotNull"))
                .body("detail", containsString("merge patch"));
    }

    @Test
    void nullRemovesAFieldInAMergePatchOnly() {
        String doc = "/probe-http/docs/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body("{\"title\":\"t\",\"size\":1,\"colour\":\"RED\"}")
                .put(doc).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"t\",\"size\":2,\"colour\":null}")
                .put(doc).then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().get(doc).then().statusCode(200).header("ETag", "\"0\"").body("colour", equalTo("RED"));

        given().contentType(MERGE_PATCH).body("{\"colour\":null,\"size\":3}")
                .patch(doc).then().statusCode(200).body("colour", nullValue()).body("size", equalTo(3));
        given().get(doc).then().statusCode(200).header("ETag", "\"1\"").body("title", equalTo("t"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"name\":\"b\"}")
                .when().post("/probe-strict")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("DuplicateKey"));
        given().contentType(ContentType.JSON).body("{\"parts\":[{\"label\":\"a\",\"label\":\"b\"}]}")
                .when().post("/probe-strict")
                .then().statusCode(400).body("errors[0].field", equalTo("parts[0].label"));
        String doc = "/probe-http/docs/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body("{\"title\":\"t\",\"size\":1}").put(doc).then().statusCode(200);
        given().contentType(MERGE_PATCH).body("{\"size\":2,\"size\":3}")
                .patch(doc).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get(doc).then().statusCode(200).header("ETag", "\"0\"").body("size", equalTo(1));
    }

    @Test
    void aByteOrderMarkIsRefused() throws IOException {
        byte[] json = "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[json.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(json, 0, body, 3, json.length);
        RawHttp.Response response = post("Content-Type: application/json", body);
        assertEquals(400, response.status(), response.body());
        assertEquals(PROBLEM, response.contentType());
        assertTrue(response.body().contains("byte-order mark"), response.body());
    }

    @Test
    void aBodyWithoutContentTypeIsA415Problem() throws IOException {
        RawHttp.Response response = post(null, "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, response.status(), response.body());
        assertEquals(PROBLEM, response.contentType());
        assertTrue(response.body().contains("Content-Type"), response.body());
    }

    @Test
    void onlyUtf8IsAccepted() throws IOException {
        byte[] body = "{\"name\":\"é\"}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response utf16 = post("Content-Type: application/json; charset=utf-16", body);
        assertEquals(415, utf16.status(), utf16.body());
        assertEquals(PROBLEM, utf16.contentType());
        assertTrue(utf16.body().contains("Only UTF-8 is accepted"), utf16.body());
        RawHttp.Response latin1 = post("Content-Type: application/json;charset=\"ISO-8859-1\"", body);
        assertEquals(415, latin1.status(), latin1.body());
        RawHttp.Response utf8 = post("Content-Type: application/json; Charset=UTF-8", body);
        assertEquals(200, utf8.status(), utf8.body());
        assertTrue(utf8.body().contains("\"name\":\"é\""), utf8.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "flag=       | flag",
        "ref=        | ref",
        "q=          | q",
        "colour=     | colour",
        "q=x&flag    | flag"
    })
    void anEmptyQueryValueIsRefusedNamingIt(String query, String parameter) {
        given().urlEncodingEnabled(false).when().get("/probe-strict/" + ID + "?" + query)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].code", equalTo("NotEmpty"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "flag=TRUE                                  | flag   | must be true or false",
        "flag=1                                     | flag   | must be true or false",
        "colour=red                                 | colour | must be one of [RED, GREEN]",
        "colour=NOT_A_VALUE                         | colour | must be one of [RED, GREEN]",
        "ref=1-2-3-4-5                              | ref    | must be a UUID in the 8-4-4-4-12 hexadecimal form",
        "ref=0f8fad5b-d9cb-469f-a165-70867728950    | ref    | must be a UUID in the 8-4-4-4-12 hexadecimal form"
    })
    void queryValuesAreReadExactly(String query, String parameter, String message) {
        given().urlEncodingEnabled(false).when().get("/probe-strict/" + ID + "?" + query)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void aPathUuidNotInCanonicalFormIsA400NamingIt() {
        given().when().get("/probe-strict/1-2-3-4-5")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("must be a UUID in the 8-4-4-4-12 hexadecimal form"));
    }

    @Test
    void canonicalValuesAreRead() {
        given().when().get("/probe-strict/" + ID.toUpperCase() + "?flag=false&colour=RED&ref=" + ID + "&q=x")
                .then().statusCode(200)
                .body("id", equalTo(ID)).body("ref", equalTo(ID)).body("flag", equalTo("false"))
                .body("colour", equalTo("RED")).body("q", equalTo("x"));
    }

    private static RawHttp.Response post(String contentType, byte[] body) throws IOException {
        String head = "POST /probe-strict HTTP/1.1" + (contentType == null ? "" : "\r\n" + contentType);
        return RawHttp.send("localhost", RestAssured.port, head, body);
    }
}
