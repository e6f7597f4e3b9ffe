package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.coverage.service.CoverageService;
import org.maillage.diagnostics.coverage.service.EcosystemService;
import org.maillage.diagnostics.support.DiagnosticFixture;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * Ecosystem actors and covering alliances are listed up to a cap while the counts include every one. The
 * projections are filled in SQL: hundreds of events would only slow the test down.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class InsightLimitsTest {

    private static final String SEEDED = "Seeded for the list caps";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeSeededProjections() {
        Sql.update(dataSource, "DELETE FROM known_actor WHERE name LIKE '" + SEEDED + "%'");
        Sql.update(dataSource, "DELETE FROM known_alliance WHERE name LIKE '" + SEEDED + "%'");
    }

    @Test
    void ecosystemListsActorsUpToTheCapAndCountsThemAll() {
        int before = given().get("/api/v1/territories/29019/ecosystem").then().statusCode(200).extract().path("actorCount");
        int seeded = EcosystemService.MAX_ACTORS_SHOWN + 1;
        Sql.update(dataSource, """
                INSERT INTO known_actor (id, name, kind, world, territories, professions, archived, updated_at)
                SELECT gen_random_uuid(), '%s ' || g, 'ASSOCIATION', 'NONPROFIT', '[{"code": "29019", "level": "COMMUNE"}]',
                       '[]', false, now()
                FROM generate_series(1, %d) g""".formatted(SEEDED, seeded));

        given().get("/api/v1/territories/29019/ecosystem").then().statusCode(200)
                .body("actorCount", equalTo(before + seeded))
                .body("actors", hasSize(EcosystemService.MAX_ACTORS_SHOWN));
    }

    @Test
    void coverageListsAlliancesUpToTheCapAndCountsThemAll() {
        DiagnosticFixture.load();
        String diagnosticId = DiagnosticFixture.diagnose("""
                {"territoryCode": "2A351", "period": "2015", "indicators": ["fx_rate", "fx_good", "fx_old"],
                 "reference": {"type": "PARENT"}}""");
        String fragility = given().get("/api/v1/diagnostics/" + diagnosticId).then().extract().path("fragilities[0].id");
        int before = covering(diagnosticId, fragility);
        int seeded = CoverageService.MAX_ALLIANCES_SHOWN + 1;
        Sql.update(dataSource, """
                INSERT INTO known_alliance (id, name, state, territories, themes, addresses, members, updated_at)
                SELECT gen_random_uuid(), '%s ' || g, 'ACTIVE', '[]', '[]', '[{"fragilityId": "%s"}]', '[]', now()
                FROM generate_series(1, %d) g""".formatted(SEEDED, fragility, seeded));

        Map<String, Object> item = item(diagnosticId, fragility);
        assertEquals(CoverageService.MAX_ALLIANCES_SHOWN, ((List<?>) item.get("alliances")).size());
        assertEquals(before + seeded, covering(diagnosticId, fragility));
        assertEquals(Boolean.TRUE, item.get("covered"));
    }

    /** Every alliance covering the fragility, from the counts by state. */
    private static int covering(String diagnosticId, String fragility) {
        return ((Map<?, ?>) item(diagnosticId, fragility).get("alliancesByState")).values().stream()
                .mapToInt(n -> ((Number) n).intValue()).sum();
    }

    private static Map<String, Object> item(String diagnosticId, String fragility) {
        JsonPath coverage = given().queryParam("diagnosticId", diagnosticId).get("/api/v1/territories/2A351/coverage")
                .then().statusCode(200).extract().jsonPath();
        return coverage.getMap("items.find { it.fragilityId == '" + fragility + "' }");
    }
}
