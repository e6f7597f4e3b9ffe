package org.maillage.diagnostics.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Creates catalogue entries for tests; each test class uses its own indicator codes. */
public final class Fixtures {

    private Fixtures() {
    }

    public static void indicator(String code, String polarity, String aggregation, String theme) {
        String body = """
                {"code": "%s", "label": "Test %s", "unit": "%%", %s"polarity": "%s",
                 "aggregation": "%s", "source": "test fixture"}""".formatted(code, code,
                theme == null ? "" : "\"theme\": \"" + theme + "\", ", polarity, aggregation);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/indicators").then().statusCode(201);
    }

    public static String csvImport(String csv, String period) {
        return given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("period", period)
                .post("/api/v1/observation-imports/csv").then().statusCode(200).extract().path("importId");
    }
}
