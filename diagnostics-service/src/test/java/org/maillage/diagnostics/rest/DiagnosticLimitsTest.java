package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.LocalInfrastructureResource;

/** A diagnostic assesses at most 100 indicators: a territory with values for more must name the ones to assess. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class DiagnosticLimitsTest {

    private static final String PERIOD = "1901";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeWhatTheTestWrote() {
        Sql.update(dataSource, "DELETE FROM diagnostic WHERE period = '" + PERIOD + "'");
        Sql.update(dataSource, "DELETE FROM observation WHERE indicator_code LIKE 'capdiag%'");
        Sql.update(dataSource, "DELETE FROM indicator WHERE code LIKE 'capdiag%'");
    }

    @Test
    void moreIndicatorsWithValuesThanTheCapAreRefusedUnlessNamed() {
        int count = Diagnostic.MAX_INDICATORS + 1;
        List<String> codes = IntStream.rangeClosed(1, count).mapToObj(i -> "capdiag%03d".formatted(i)).toList();
        Sql.update(dataSource, """
                INSERT INTO indicator (code, label, unit, polarity, aggregation, source, synthetic, version, created_at, updated_at)
                SELECT 'capdiag' || lpad(g::text, 3, '0'), 'Cap ' || g, '%%', 'HIGHER_IS_WORSE', 'NONE', 'test', false, 0, now(), now()
                FROM generate_series(1, %d) g""".formatted(count));
        String observations = codes.stream().map(code -> "{\"indicator\": \"" + code + "\", \"territoryCode\": \"2A001\","
                + " \"level\": \"COMMUNE\", \"value\": 1}").collect(Collectors.joining(", "));
        given().contentType(ContentType.JSON).body("{\"period\": \"" + PERIOD + "\", \"source\": \"test\", \"observations\": ["
                + observations + "]}").post("/api/v1/observation-imports").then().statusCode(200);

        given().contentType(ContentType.JSON).body("{\"territoryCode\": \"2A001\", \"period\": \"" + PERIOD + "\"}")
                .post("/api/v1/diagnostics").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("indicators")).body("errors.code", contains("TooMany"));
        assertEquals("0", Sql.query(dataSource, "SELECT count(*) FROM diagnostic WHERE period = '" + PERIOD + "'"));

        String named = codes.subList(0, Diagnostic.MAX_INDICATORS).stream().map(c -> '"' + c + '"')
                .collect(Collectors.joining(", "));
        given().contentType(ContentType.JSON).body("{\"territoryCode\": \"2A001\", \"period\": \"" + PERIOD
                        + "\", \"indicators\": [" + named + "]}")
                .post("/api/v1/diagnostics").then().statusCode(201).body("indicators", hasSize(Diagnostic.MAX_INDICATORS));
        given().contentType(ContentType.JSON).body("{\"territoryCode\": \"2A001\", \"period\": \"" + PERIOD
                        + "\", \"indicators\": [" + named + ", \"" + codes.get(Diagnostic.MAX_INDICATORS) + "\"]}")
                .post("/api/v1/diagnostics").then().statusCode(400).contentType("application/problem+json");
    }
}
