package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class TerritoryListTest {

    @Test
    void searchIgnoresAccentsAndCase() {
        given().queryParam("q", "AMBERIEU").queryParam("level", "COMMUNE").get("/api/v1/territories")
                .then().statusCode(200)
                .body("items.name", contains("Ambérieu-en-Bugey", "Ambérieux-en-Dombes", "Ambérieux"))
                .body("items[0].parents.code", contains("240100883", "01", "84"))
                .body("nextCursor", nullValue());
    }

    @Test
    void parentKeepsTerritoriesAtAnyDepthAcrossEveryPage() {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("parent", "94").queryParam("parentLevel", "REGION")
                    .queryParam("level", "COMMUNE").queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/api/v1/territories").then().statusCode(200).extract();
            codes.addAll(page.path("items.code"));
            cursor = page.path("nextCursor");
            if (cursor != null) {
                assertEquals(true, page.header("Link").contains("rel=\"next\""));
            }
            pages++;
        } while (cursor != null);
        assertEquals(360, codes.size(), "Corsica has 360 communes");
        assertEquals(360, new HashSet<>(codes).size(), "no commune twice");
        assertEquals(4, pages);
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void departementsOfCorsicaByCode() {
        given().queryParam("parent", "94").queryParam("parentLevel", "REGION").queryParam("level", "DEPARTEMENT")
                .get("/api/v1/territories")
                .then().statusCode(200)
                .body("items.code", contains("2A", "2B"))
                .body("items.level", everyItem(equalTo("DEPARTEMENT")));
    }

    @Test
    void overseasCollectivityListsItsCommunes() {
        given().queryParam("parent", "975").queryParam("level", "COMMUNE").get("/api/v1/territories")
                .then().statusCode(200)
                .body("items.name", hasItem("Saint-Pierre"))
                .body("items", hasSize(2));
    }

    @Test
    void ambiguousOrUnknownParentIsABadRequest() {
        given().queryParam("parent", "11").get("/api/v1/territories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("parentLevel"));
        given().queryParam("parent", "999").get("/api/v1/territories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("parent"));
    }

    @Test
    void overLongCodesAndNamesAreABadRequest() {
        given().queryParam("q", "a".repeat(101)).get("/api/v1/territories")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("q"));
        given().queryParam("parent", "9".repeat(10)).get("/api/v1/territories")
                .then().statusCode(400).body("errors.field", contains("parent"));
        given().get("/api/v1/territories/" + "9".repeat(10))
                .then().statusCode(400).body("errors.field", contains("code"));
    }

    @Test
    void badLimitCursorOrLevelIsABadRequest() {
        given().queryParam("limit", 501).get("/api/v1/territories")
                .then().statusCode(400).body("errors.field", contains("limit"));
        given().queryParam("cursor", "garbage").get("/api/v1/territories")
                .then().statusCode(400).body("errors.field", contains("cursor"));
        given().queryParam("level", "CANTON").get("/api/v1/territories")
                .then().statusCode(400).body("detail", containsString("level"));
    }

    @Test
    void detailCountsChildrenByLevel() {
        given().queryParam("level", "REGION").get("/api/v1/territories/94")
                .then().statusCode(200)
                .body("childrenCounts.DEPARTEMENT", equalTo(2))
                .body("childrenCounts.EPCI", equalTo(19))
                .body("childrenCounts.COMMUNE", equalTo(360));
        given().get("/api/v1/territories/2A004")
                .then().statusCode(200)
                .body("childrenCounts.size()", equalTo(0));
    }
}
