package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import org.maillage.diagnostics.diagnostics.service.DiagnosticService;
import org.maillage.diagnostics.indicators.rest.ObservationImportRequest;
import org.maillage.diagnostics.indicators.service.CsvObservationParser;
import org.maillage.diagnostics.support.Fixtures;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * Values stay within ±10^15 so that no aggregation overflows; a file, a list or a batch has a size cap; what
 * passes none of them is a 4xx problem that writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class NumberBoundsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeWhatTheTestWrote() {
        Sql.update(dataSource, "DELETE FROM observation WHERE indicator_code LIKE 'nb\\_%'");
        Sql.update(dataSource, "DELETE FROM observation_summary WHERE indicator_code LIKE 'nb\\_%'");
        Sql.update(dataSource, "DELETE FROM indicator WHERE code LIKE 'nb\\_%'");
    }

    @Test
    void aJsonValueBeyondTheBoundIsRefusedByField() {
        Fixtures.indicator("nb_json", "HIGHER_IS_WORSE", "SUM", null);
        given().contentType(ContentType.JSON).body(json("nb_json", "1e308")).post("/api/v1/observation-imports")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("observations[1].value"));
        given().contentType(ContentType.JSON).body(json("nb_json", "-1000000000000001")).post("/api/v1/observation-imports")
                .then().statusCode(400).body("errors.field", hasItem("observations[1].value"));
        assertEquals("0", count("nb_json"));

        given().contentType(ContentType.JSON).body(json("nb_json", "-1000000000000000")).post("/api/v1/observation-imports")
                .then().statusCode(200).body("created", equalTo(2));
    }

    @Test
    void aCsvValueBeyondTheBoundRejectsItsRow() {
        Fixtures.indicator("nb_csv", "HIGHER_IS_WORSE", "POPULATION_WEIGHTED_MEAN", null);
        String csv = "CODGEO;nb_csv\n2A001;5\n2A004;10000000000000000\n";
        given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("period", "2015").post("/api/v1/observation-imports/csv")
                .then().statusCode(422).contentType(PROBLEM)
                .body("report.rejections[0].line", equalTo(3)).body("report.rejections[0].column", equalTo("nb_csv"))
                .body("report.rejections[0].code", equalTo("OutOfRange"));
        assertEquals("0", count("nb_csv"));

        given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("period", "2015").queryParam("mode", "PARTIAL")
                .post("/api/v1/observation-imports/csv").then().statusCode(200).body("created", equalTo(1));
    }

    @Test
    void anAggregationThatOverflowsIsAConflictThatWritesNothing() {
        Fixtures.indicator("nb_old", "HIGHER_IS_WORSE", "POPULATION_WEIGHTED_MEAN", null);
        // stored before imports were bounded
        Sql.update(dataSource, """
                INSERT INTO observation (indicator_code, period, territory_level, territory_code, value, source, derived,
                                         updated_at)
                VALUES ('nb_old', '2015', 'COMMUNE', '2A004', 1e308, 'legacy', false, now())""");

        given().contentType("text/csv; charset=UTF-8").body("CODGEO;nb_old\n2A001;5\n").queryParam("period", "2015")
                .post("/api/v1/observation-imports/csv").then().statusCode(409).contentType(PROBLEM)
                .body("errors.code", contains("AggregationOverflow")).body("detail", containsString("nb_old"));
        assertEquals("1", count("nb_old"));
    }

    @Test
    void aCsvFileHasLineColumnAndCellCaps() {
        Fixtures.indicator("nb_cap", "HIGHER_IS_WORSE", "SUM", null);
        String lines = "CODGEO;nb_cap\n" + IntStream.range(0, CsvObservationParser.MAX_LINES + 1).mapToObj(i -> "2A001;1")
                .collect(Collectors.joining("\n"));
        csv(lines).statusCode(400).body("errors.code", contains("TooManyLines"));

        String columns = "CODGEO;" + IntStream.range(0, CsvObservationParser.MAX_COLUMNS).mapToObj(i -> "c" + i)
                .collect(Collectors.joining(";")) + "\n2A001;" + "1;".repeat(CsvObservationParser.MAX_COLUMNS - 1) + "1\n";
        csv(columns).statusCode(400).body("errors.code", contains("TooManyColumns"));

        String longCell = "CODGEO;LIBGEO;nb_cap\n2A001;" + "A".repeat(CsvObservationParser.MAX_CELL_LENGTH + 1) + ";3\n";
        csv(longCell).statusCode(422).body("report.rejections[0].code", equalTo("CellTooLong"))
                .body("report.rejections[0].column", equalTo("LIBGEO"));
        assertEquals("0", count("nb_cap"));
    }

    @Test
    void aCsvFileHoldsABoundedNumberOfValues() {
        int perLine = 11;
        int lines = CsvObservationParser.MAX_VALUES / perLine + 1;
        IntStream.range(0, perLine).forEach(i -> Fixtures.indicator("nb_v" + i, "HIGHER_IS_WORSE", "SUM", null));
        String header = "CODGEO;" + IntStream.range(0, perLine).mapToObj(i -> "nb_v" + i).collect(Collectors.joining(";"));
        String line = "\n2A001" + ";1".repeat(perLine);
        csv(header + line.repeat(lines)).statusCode(400).body("errors.code", contains("TooManyValues"));
        assertEquals("0", count("nb_v0"));
    }

    @Test
    void listsAndBatchesHaveASizeCap() {
        Fixtures.indicator("nb_list", "HIGHER_IS_WORSE", "SUM", null);
        String many = IntStream.range(0, ObservationImportRequest.MAX_OBSERVATIONS + 1)
                .mapToObj(i -> "{\"indicator\": \"nb_list\", \"territoryCode\": \"2A001\", \"value\": 1}")
                .collect(Collectors.joining(", "));
        given().contentType(ContentType.JSON).body("{\"period\": \"2015\", \"observations\": [" + many + "]}")
                .post("/api/v1/observation-imports").then().statusCode(400).body("errors.field", hasItem("observations"));
        assertEquals("0", count("nb_list"));

        given().contentType(ContentType.JSON).body("{\"level\": \"COMMUNE\", \"period\": \"2015\"}")
                .post("/api/v1/diagnostics/batches").then().statusCode(422)
                .body("detail", containsString(String.valueOf(DiagnosticService.MAX_BATCH)));
    }

    private static String json(String indicator, String value) {
        return """
                {"period": "2015", "observations": [{"indicator": "%s", "territoryCode": "2A001", "value": 1},
                 {"indicator": "%s", "territoryCode": "2A004", "value": %s}]}""".formatted(indicator, indicator, value);
    }

    private static io.restassured.response.ValidatableResponse csv(String body) {
        return given().contentType("text/csv; charset=UTF-8").body(body).queryParam("period", "2015")
                .post("/api/v1/observation-imports/csv").then().contentType(PROBLEM);
    }

    private String count(String indicator) {
        return Sql.query(dataSource, "SELECT count(*) FROM observation WHERE indicator_code = '" + indicator + "'");
    }
}
