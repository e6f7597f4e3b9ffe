package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ActorBulkTest {

    @Test
    void eachItemGetsItsResultAndBadItemsWriteNothing() {
        String tag = "bulk-" + UUID.randomUUID();
        String good = item(tag + " good", "ref-1", "");
        String body = "[" + good + ","
                + "{\"name\":\"" + tag + " bad siren\",\"kind\":\"COMPANY\",\"identifiers\":[{\"scheme\":\"SIREN\",\"value\":\"123456789\"}]},"
                + "{\"name\":\"" + tag + " nowhere\",\"kind\":\"ASSOCIATION\",\"territories\":[{\"code\":\"00000\"}]},"
                + item(tag + " same ref", "ref-1", "") + ","
                + "{\"name\":\"" + tag + " extra\",\"kind\":\"ASSOCIATION\",\"colour\":\"red\"},"
                + "{\"kind\":\"ASSOCIATION\"}]";
        Response result = bulk(body, ContentType.JSON.toString()).then().statusCode(200)
                .body("created", equalTo(1)).body("errors", equalTo(5)).extract().response();
        assertEquals(List.of("CREATED", "ERROR", "ERROR", "ERROR", "ERROR", "ERROR"), result.jsonPath().getList("items.status"));
        assertEquals(List.of(400, 422, 409, 400, 400), result.jsonPath().getList("items.problem.status").subList(0, 5));
        result.then().body("items[1].problem.errors[0].field", equalTo("identifiers[0].value"))
                .body("items[3].problem.errors[0].code", equalTo("DuplicateInBatch"))
                .body("items[4].problem.errors[0].field", equalTo("colour"))
                .body("items[5].problem.errors[0].field", equalTo("name"));
        assertEquals(1, given().queryParam("q", tag).get("/api/v1/actors").then().extract().jsonPath().getList("items").size());
    }

    @Test
    void itemsAreMatchedByExternalRefThenIdentifier() {
        String tag = "match-" + UUID.randomUUID();
        String ref = "r-" + UUID.randomUUID();
        String id = bulk("[" + item(tag, ref, ",\"identifiers\":[{\"scheme\":\"SIREN\",\"value\":\"403052111\"}]") + "]",
                ContentType.JSON.toString()).then().statusCode(200).body("created", equalTo(1)).extract().path("items[0].id");
        bulk("[" + item(tag, ref, ",\"identifiers\":[{\"scheme\":\"SIREN\",\"value\":\"403052111\"}]") + "]", ContentType.JSON.toString())
                .then().body("items[0].status", equalTo("UNCHANGED")).body("items[0].id", equalTo(id));
        bulk("[" + item(tag + " renamed", ref, ",\"identifiers\":[{\"scheme\":\"SIREN\",\"value\":\"403052111\"}]") + "]",
                ContentType.JSON.toString()).then().body("items[0].status", equalTo("UPDATED")).body("items[0].version", equalTo(1));
        bulk("[{\"name\":\"" + tag + " by siren\",\"kind\":\"COMPANY\",\"identifiers\":[{\"scheme\":\"SIREN\",\"value\":\"403 052 111\"}]}]",
                ContentType.JSON.toString()).then().body("items[0].status", equalTo("UPDATED")).body("items[0].id", equalTo(id));
    }

    @Test
    void importedActorsAreFoundAndChangeLikeAnyOther() {
        String tag = "Fromagerie" + UUID.randomUUID().toString().substring(0, 8);
        String id = bulk("[" + item(tag + " du Revermont", "f-" + tag, ",\"territories\":[{\"code\":\"01004\"}]") + "]",
                ContentType.JSON.toString()).then().statusCode(200).body("items[0].version", equalTo(0))
                .extract().path("items[0].id");
        given().queryParam("q", tag.toLowerCase()).get("/api/v1/actors").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("territory", "01").queryParam("q", tag).get("/api/v1/actors").then()
                .body("items.id", equalTo(List.of(id)));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(item(tag + " du Revermont", "f-" + tag, ",\"territories\":[{\"code\":\"93066\"}]"))
                .put("/api/v1/actors/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().queryParam("territory", "93").queryParam("q", tag).get("/api/v1/actors").then()
                .body("items.id", equalTo(List.of(id)));
        given().queryParam("territory", "01").queryParam("q", tag).get("/api/v1/actors").then()
                .body("items", equalTo(List.of()));
    }

    @Test
    void ndjsonIsReadLineByLine() {
        String tag = "nd-" + UUID.randomUUID();
        String body = item(tag + " a", "a-" + tag, "") + "\n{not json\n\n" + item(tag + " b", "b-" + tag, "") + "\n";
        bulk(body, "application/x-ndjson").then().statusCode(200)
                .body("items.status", equalTo(List.of("CREATED", "ERROR", "CREATED")))
                .body("items[1].problem.status", equalTo(400));
    }

    @Test
    void theBatchMustBeAnArrayOf1To1000() {
        bulk("{\"name\":\"x\"}", ContentType.JSON.toString()).then().statusCode(400).contentType(ActorJson.PROBLEM);
        bulk("[]", ContentType.JSON.toString()).then().statusCode(400);
        bulk("[{", ContentType.JSON.toString()).then().statusCode(400);
        String tooMany = IntStream.range(0, 1001).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
        bulk(tooMany, ContentType.JSON.toString()).then().statusCode(400).body("errors[0].field", equalTo("items"));
    }

    private static String item(String name, String ref, String extra) {
        return "{\"name\":\"" + name + "\",\"kind\":\"COMPANY\",\"externalRefs\":[{\"system\":\"bulk\",\"id\":\"" + ref + "\"}]"
                + extra + "}";
    }

    private static Response bulk(String body, String contentType) {
        return given().contentType(contentType + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/actors/bulk").then().extract().response();
    }
}
