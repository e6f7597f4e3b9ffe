package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.diagnostics.support.Fixtures;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TopicReader;

/**
 * Imports into a fixture of three communes of the CA du Pays Ajaccien (EPCI 242010056, département 2A, région
 * 94): Afa (population 3 350), Ajaccio (76 320), Alata (3 681); and the two communes of Saint-Pierre-et-Miquelon
 * (975): Miquelon-Langlade (596) and Saint-Pierre (5 194).
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ObservationImportTest {

    private static final String BAD_CSV = """
            CODGEO;LIBGEO;imp_rate;imp_count
            2A001;Afa;10;5
            1004;Ambérieu;12;3
            2A004;Ajaccio;abc;100
            2A006;Alata;30
            2A001;Afa;11;5
            11;Aude;1;1
            2A017;Appietto;s;
            """;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void catalogue() {
        if (Sql.query(dataSource, "SELECT code FROM indicator WHERE code = 'imp_rate'") == null) {
            Fixtures.indicator("imp_rate", "HIGHER_IS_WORSE", "POPULATION_WEIGHTED_MEAN", "EMPLOYMENT");
            Fixtures.indicator("imp_count", "HIGHER_IS_WORSE", "SUM", null);
            Fixtures.indicator("imp_none", "HIGHER_IS_WORSE", "NONE", null);
        }
    }

    @Test
    void allOrNothingReportsEveryRejectedRowAndWritesNothing() {
        given().contentType("text/csv; charset=UTF-8").body(BAD_CSV).queryParam("period", "2019")
                .post("/api/v1/observation-imports/csv")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://maillage.org/problems/import-rejected"))
                .body("report.status", equalTo("REJECTED"))
                .body("report.rejections.line", contains(3, 4, 5, 6, 6, 7))
                .body("report.rejections.code", contains("UnknownTerritory", "NotANumber", "WrongColumnCount",
                        "Duplicate", "Duplicate", "UnknownTerritory"))
                .body("report.rejections[0].column", equalTo("CODGEO"))
                .body("report.rejections[0].reason", containsString("01004 exists"))
                .body("report.rejections[3].reason", equalTo("same indicator, territory and period as line 2"))
                .body("errors[0].field", equalTo("line 3: CODGEO"));
        assertNull(Sql.query(dataSource, "SELECT value FROM observation WHERE indicator_code = 'imp_rate' AND period = '2019'"));
    }

    @Test
    void partialModeWritesTheValidRows() {
        given().contentType("text/csv; charset=UTF-8").body(BAD_CSV).queryParam("period", "2018").queryParam("mode", "PARTIAL")
                .post("/api/v1/observation-imports/csv")
                .then().statusCode(200)
                .body("status", equalTo("PARTIALLY_APPLIED"))
                .body("created", equalTo(3))
                .body("skipped", equalTo(2))
                .body("rejected", equalTo(6));
        assertEquals(10.0, Sql.number(dataSource, "SELECT value FROM observation WHERE indicator_code = 'imp_rate'"
                + " AND period = '2018' AND territory_code = '2A001'"));
        assertEquals(100.0, Sql.number(dataSource, "SELECT value FROM observation WHERE indicator_code = 'imp_count'"
                + " AND period = '2018' AND territory_code = '2A004'"));
    }

    @Test
    void levelsAboveTheCommuneAreDerivedByAggregation() {
        Fixtures.csvImport("""
                CODGEO,imp_rate,imp_count,imp_none
                2A001,10,5,1
                2A004,20,100,1
                2A006,"30,0",7,1
                97501,10,1,1
                97502,20,2,1
                """, "2020");
        // (10 × 3350 + 20 × 76320 + 30 × 3681) / (3350 + 76320 + 3681) = 1 670 330 / 83 351 = 20.03971...
        for (String parent : List.of("'EPCI' AND territory_code = '242010056'",
                "'DEPARTEMENT' AND territory_code = '2A'", "'REGION' AND territory_code = '94'")) {
            assertEquals(20.03971, value("imp_rate", "2020", parent), 1e-5, parent);
            assertEquals(112.0, value("imp_count", "2020", parent), parent);
        }
        // (10 × 596 + 20 × 5194) / 5790 = 109 840 / 5 790 = 18.97064...
        assertEquals(18.97064, value("imp_rate", "2020", "'COLLECTIVITE_OUTRE_MER' AND territory_code = '975'"), 1e-5);
        assertNull(Sql.query(dataSource, "SELECT value FROM observation WHERE indicator_code = 'imp_none'"
                + " AND territory_level <> 'COMMUNE'"), "NONE is never derived");
    }

    @Test
    void importedValuesAboveTheCommuneWinOverDerivedOnes() {
        String json = """
                {"period": "2021", "source": "test", "observations": [
                  {"indicator": "imp_count", "territoryCode": "2A", "value": 999},
                  {"indicator": "imp_count", "territoryCode": "2A001", "value": 5}]}""";
        given().contentType(ContentType.JSON).body(json).post("/api/v1/observation-imports")
                .then().statusCode(200).body("status", equalTo("APPLIED")).body("created", equalTo(2));
        given().contentType(ContentType.JSON).body(json.replace("\"value\": 5", "\"value\": 6"))
                .post("/api/v1/observation-imports")
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(2));
        assertEquals(999.0, value("imp_count", "2021", "'DEPARTEMENT' AND territory_code = '2A'"));
        assertEquals(6.0, value("imp_count", "2021", "'REGION' AND territory_code = '94'"));
    }

    @Test
    void jsonRowsAreRejectedWithTheirPosition() {
        given().contentType(ContentType.JSON).body("""
                        {"period": "2021", "observations": [
                          {"indicator": "imp_count", "territoryCode": "2A001", "value": 1},
                          {"indicator": "imp_count", "territoryCode": "11", "value": 1},
                          {"indicator": "nope", "territoryCode": "2A001", "value": 1},
                          {"indicator": "imp_count", "territoryCode": "2A004", "period": "21", "value": 1}]}""")
                .post("/api/v1/observation-imports")
                .then().statusCode(422)
                .body("report.rejections.line", contains(2, 3, 4))
                .body("report.rejections.code", contains("AmbiguousTerritory", "UnknownIndicator", "InvalidPeriod"))
                .body("report.rejections.column", contains("territoryCode", "indicator", "period"));
        given().contentType(ContentType.JSON).body("{\"observations\": [{\"indicator\": \"imp_count\"}]}")
                .post("/api/v1/observation-imports")
                .then().statusCode(400).body("errors.field", contains("observations[0].value"));
        given().contentType("text/csv; charset=UTF-8").body("CODGEO;imp_count\n2A001;1\n").post("/api/v1/observation-imports/csv")
                .then().statusCode(400).body("errors.field", contains("period"));
        given().contentType("text/csv; charset=UTF-8").body("CODE;imp_count\n2A001;1\n").queryParam("period", "2021")
                .post("/api/v1/observation-imports/csv")
                .then().statusCode(422).body("report.rejections.code", contains("MissingColumn"));
    }

    @Test
    void overLongTextsAreRefusedBeforeAnythingIsRead() {
        given().contentType(ContentType.JSON).body("{\"observations\": [{\"indicator\": \"imp_count\", \"territoryCode\":"
                        + " \"2A001\", \"value\": 1, \"source\": \"" + "s".repeat(501) + "\"}]}")
                .post("/api/v1/observation-imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("observations[0].source"));
        given().contentType("text/csv; charset=UTF-8").body("CODGEO;imp_count\n2A001;1\n").queryParam("period", "2021")
                .queryParam("source", "s".repeat(501)).post("/api/v1/observation-imports/csv")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("source"));
        given().contentType("text/csv; charset=UTF-8").body("CODGEO;imp_count\n2A001;1\n").queryParam("period", "2021-01-01T")
                .post("/api/v1/observation-imports/csv")
                .then().statusCode(400).body("errors.field", contains("period"));
    }

    @Test
    void oneEventPerImport() throws Exception {
        String importId = Fixtures.csvImport("CODGEO;imp_count\n2A001;1\n2A004;2\n2A006;3\n", "2022");
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(
                LocalInfrastructureResource.kafkaBootstrapServers(), Topics.DIAGNOSTICS,
                read -> read.stream().anyMatch(r -> importId.equals(r.key())), Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> mine = records.stream().filter(r -> importId.equals(r.key())).toList();
        assertEquals(1, mine.size());
        JsonNode data = new ObjectMapper().readTree(mine.get(0).value());
        assertEquals(3, data.get("created").asInt());
        assertEquals(List.of("imp_count"), List.of(data.get("indicators").get(0).asText()));
        given().get("/api/v1/observation-imports/" + importId).then().statusCode(200).body("created", equalTo(3));
    }

    private double value(String indicator, String period, String levelAndCode) {
        return Sql.number(dataSource, "SELECT value FROM observation WHERE indicator_code = '" + indicator
                + "' AND period = '" + period + "' AND territory_level = " + levelAndCode);
    }
}
