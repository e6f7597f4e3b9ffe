package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.support.Fixtures;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * Observations have no foreign key to their indicator (checked row by row, it made bulk imports slow): an import
 * locks its indicators instead, and deleting an indicator deletes its observations.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ImportIndicatorLockTest {

    private static final String CSV = "CODGEO;lock_a\n2A004;12\n2A001;8\n";

    @Inject
    DataSource dataSource;

    @Test
    void deletingAnIndicatorDeletesItsObservations() {
        Fixtures.indicator("lock_b", "HIGHER_IS_WORSE", "SUM", "HOUSING");
        Fixtures.csvImport("CODGEO;lock_b\n2A004;3\n2A001;4\n", "2019");
        assertTrue(count("lock_b") > 2, "communes and derived levels written");
        given().delete("/api/v1/indicators/lock_b").then().statusCode(204);
        assertEquals(0, count("lock_b"));
        assertEquals("0", Sql.query(dataSource, "SELECT count(*) FROM observation_summary WHERE indicator_code = 'lock_b'"));
    }

    @Test
    void anImportWhoseIndicatorIsDeletedMeanwhileWritesNothing() throws Exception {
        Fixtures.indicator("lock_a", "HIGHER_IS_WORSE", "SUM", "HOUSING");
        try (Connection deleting = dataSource.getConnection()) {
            deleting.setAutoCommit(false);
            try (Statement statement = deleting.createStatement()) {
                // what DELETE /indicators/{code} does first: lock the row
                statement.execute("SELECT code FROM indicator WHERE code = 'lock_a' FOR UPDATE");
                CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> given().contentType("text/csv; charset=UTF-8")
                        .body(CSV).queryParam("period", "2020").post("/api/v1/observation-imports/csv").statusCode());
                assertTrue(Eventually.holds(() -> Sql.query(dataSource, """
                        SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'
                          AND query LIKE 'SELECT code FROM indicator WHERE code = ANY%'""") != null, Duration.ofSeconds(30)),
                        "the import never waited for the indicator");
                statement.execute("DELETE FROM indicator WHERE code = 'lock_a'");
                deleting.commit();
                assertEquals(409, status.get().intValue());
            }
        }
        assertEquals(0, count("lock_a"));
    }

    private long count(String indicator) {
        return Long.parseLong(Sql.query(dataSource, "SELECT count(*) FROM observation WHERE indicator_code = '" + indicator + "'"));
    }
}
