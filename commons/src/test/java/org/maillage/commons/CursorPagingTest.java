package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CursorPagingTest {

    @Test
    void walkingTheCursorsVisitsEveryItemOnceInOrder() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/probe/numbers").then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items", String.class));
            cursor = page.jsonPath().getString("nextCursor");
            if (cursor != null) {
                assertEquals(true, page.header("Link").contains("rel=\"next\""), "Link header on a page with more");
                assertEquals(true, page.header("Link").contains("limit=3"), "Link keeps the other parameters");
            }
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(7, seen.size());
        assertEquals("00000000-0000-0000-0000-000000000000", seen.get(0));
        assertEquals("00000000-0000-0000-0000-000000000006", seen.get(6));
    }

    @Test
    void lastPageHasNoCursorNorLink() {
        given().queryParam("limit", 500).when().get("/probe/numbers")
                .then().statusCode(200).body("items.size()", equalTo(7)).body("nextCursor", nullValue())
                .header("Link", nullValue());
    }

    @Test
    void limitOutOfRangeIs400() {
        given().queryParam("limit", 0).when().get("/probe/numbers")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 501).when().get("/probe/numbers")
                .then().statusCode(400).body("detail", containsString("500"));
    }

    @Test
    void unreadableNumbersAndBooleansAre400NamingTheParameter() {
        for (String limit : List.of("ten", "2.5", "99999999999")) {
            given().queryParam("limit", limit).when().get("/probe/numbers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit")).body("errors[0].message", equalTo("must be a whole number"));
        }
        given().queryParam("includeArchived", "yes").when().get("/probe-http/sync")
                .then().statusCode(400).body("errors[0].field", equalTo("includeArchived"))
                .body("errors[0].message", equalTo("must be true or false"));
        given().queryParam("includeArchived", "TRUE").when().get("/probe-http/sync")
                .then().statusCode(400).body("errors[0].field", equalTo("includeArchived"));
        given().queryParam("includeArchived", "true").when().get("/probe-http/sync")
                .then().statusCode(200).body("includeArchived", equalTo(true));
    }

    @Test
    void forgedCursorIs400() {
        given().queryParam("cursor", "not-a-cursor").when().get("/probe/numbers")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
