package org.maillage.diagnostics.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.indicators.service.ImportReport;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.LocalInfrastructureResource;

/** An import report lists a bounded number of indicators, periods and rejections; the counts stay whole. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ObservationImportLimitsTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeWhatTheTestWrote() {
        Sql.update(dataSource, "DELETE FROM observation WHERE indicator_code LIKE 'capimp%' OR period = '1902'");
        Sql.update(dataSource, "DELETE FROM observation_summary WHERE period = '1902'");
        Sql.update(dataSource, "DELETE FROM indicator WHERE code LIKE 'capimp%'");
        // A delete behind the API's back leaves a change with neither record nor tombstone in the feed.
        Sql.update(dataSource, "DELETE FROM sync_change WHERE collection = 'indicators' AND record_key LIKE 'capimp%'");
    }

    @Test
    void rejectionsAreListedUpToTheCapAndAllCounted() {
        DiagnosticFixture.load();
        int bad = ImportReport.MAX_REJECTIONS_SHOWN + 1;
        String csv = "CODGEO;fx_rate\n2A001;5\n" + IntStream.range(0, bad).mapToObj(i -> "99999;1")
                .collect(Collectors.joining("\n")) + "\n";

        given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("period", "1902").post("/api/v1/observation-imports/csv")
                .then().statusCode(422).contentType("application/problem+json")
                .body("report.rejected", equalTo(bad))
                .body("report.rejections", hasSize(ImportReport.MAX_REJECTIONS_SHOWN))
                .body("report.rejections[0].line", equalTo(3))
                .body("report.rejections[-1].line", equalTo(ImportReport.MAX_REJECTIONS_SHOWN + 2))
                .body("errors", hasSize(ImportRejectedMapper.FIELD_ERRORS_SHOWN));
        assertEquals("0", Sql.query(dataSource, "SELECT count(*) FROM observation WHERE period = '1902'"));

        String importId = given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("period", "1902").queryParam("mode", "PARTIAL")
                .post("/api/v1/observation-imports/csv").then().statusCode(200)
                .body("status", equalTo("PARTIALLY_APPLIED")).body("created", equalTo(1))
                .body("rejected", equalTo(bad)).body("rejections", hasSize(ImportReport.MAX_REJECTIONS_SHOWN))
                .extract().path("importId");
        given().get("/api/v1/observation-imports/" + importId).then().statusCode(200)
                .body("rejected", equalTo(bad)).body("rejections", hasSize(ImportReport.MAX_REJECTIONS_SHOWN));
    }

    @Test
    void anImportOfMorePeriodsThanTheCapIsRefusedAndWritesNothing() {
        DiagnosticFixture.load();
        int periods = ImportReport.MAX_PERIODS + 1;
        String observations = IntStream.range(0, periods).mapToObj(i -> "{\"indicator\": \"fx_rate\", \"territoryCode\":"
                + " \"2A001\", \"level\": \"COMMUNE\", \"period\": \"" + (1000 + i) + "\", \"value\": 1}")
                .collect(Collectors.joining(", "));

        given().contentType(ContentType.JSON).body("{\"observations\": [" + observations + "]}")
                .queryParam("mode", "PARTIAL").post("/api/v1/observation-imports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("periods")).body("errors.code", contains("TooMany"));
        assertEquals("0", Sql.query(dataSource,
                "SELECT count(*) FROM observation WHERE indicator_code = 'fx_rate' AND period < '1900'"));
    }

    @Test
    void anImportOfMoreIndicatorsThanTheCapIsRefusedAndWritesNothing() {
        int count = ImportReport.MAX_INDICATORS + 1;
        Sql.update(dataSource, """
                INSERT INTO indicator (code, label, unit, polarity, aggregation, source, synthetic, version, created_at, updated_at)
                SELECT 'capimp' || lpad(g::text, 3, '0'), 'Cap ' || g, '%%', 'HIGHER_IS_WORSE', 'NONE', 'test', false, 0, now(), now()
                FROM generate_series(1, %d) g""".formatted(count));
        String observations = IntStream.rangeClosed(1, count).mapToObj(i -> "{\"indicator\": \"capimp%03d\",".formatted(i)
                        + " \"territoryCode\": \"2A001\", \"level\": \"COMMUNE\", \"value\": 1}")
                .collect(Collectors.joining(", "));

        given().contentType(ContentType.JSON).body("{\"period\": \"1902\", \"observations\": [" + observations + "]}")
                .post("/api/v1/observation-imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("indicators")).body("errors.code", contains("TooMany"));
        assertEquals("0", Sql.query(dataSource, "SELECT count(*) FROM observation WHERE indicator_code LIKE 'capimp%'"));
    }
}
