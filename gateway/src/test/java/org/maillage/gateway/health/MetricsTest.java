package org.maillage.gateway.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.Scrapes;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class MetricsTest {

    private static final String REFUSALS = "maillage_gateway_rate_limit_refusals_total";
    private static final String LOOKUPS = "maillage_gateway_key_cache_lookups_total";
    private static final String REQUESTS = "http_server_requests_seconds_count";

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void refusalsOfAKeyOverItsRateAndKeyCacheLookupsAreCounted() {
        double refused = Scrapes.valueOf(REFUSALS, "limiter=\"key\"");
        double hits = Scrapes.valueOf(LOOKUPS, "result=\"hit\"");
        double misses = Scrapes.valueOf(LOOKUPS, "result=\"miss\"");
        String secret = AdminApi.createKey(List.of("actors:read"), 2).getString("secret");

        given().header("X-API-Key", secret).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect").then().statusCode(429);

        assertEquals(refused + 1, Scrapes.valueOf(REFUSALS, "limiter=\"key\""));
        assertEquals(misses + 1, Scrapes.valueOf(LOOKUPS, "result=\"miss\""), "the first call reads the key");
        assertEquals(hits + 2, Scrapes.valueOf(LOOKUPS, "result=\"hit\""), "the next ones find it cached");
        assertTrue(Scrapes.sample(REFUSALS, "limiter=\"address\"").isPresent());
        assertTrue(Scrapes.sample(REFUSALS, "limiter=\"unknown-prefixes\"").isPresent());
    }

    @Test
    void proxiedAndOwnCallsAreGroupedByTemplateNotByTheirIds() {
        String actor = UUID.randomUUID().toString();
        String code = "75056";
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).get("/api/v1/actors/" + actor + "/inspect")
                .then().statusCode(200);
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).get("/api/v1/territories/" + code + "/inspect")
                .then().statusCode(200);
        given().get("/api/v1/actors/" + actor + "/inspect").then().statusCode(401);
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).get("/api/v1/nowhere/" + actor).then().statusCode(404);
        String key = AdminApi.createKey(List.of("actors:read"), null).getString("key.id");
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).post("/api/v1/admin/api-keys/" + key + "/revoke")
                .then().statusCode(200);

        String metrics = Scrapes.metrics();
        assertTrue(Scrapes.valueOf(REQUESTS, "uri=\"/api/v1/actors/{id}/inspect\"", "status=\"200\"") >= 1, metrics);
        assertTrue(Scrapes.valueOf(REQUESTS, "uri=\"/api/v1/territories/{id}/inspect\"") >= 1, metrics);
        assertTrue(Scrapes.valueOf(REQUESTS, "uri=\"/api/v1/actors/{id}/inspect\"", "status=\"401\"") >= 1,
                "a refusal is grouped with the call it refused");
        assertTrue(Scrapes.valueOf(REQUESTS, "uri=\"/api/v1/*\"", "status=\"404\"") >= 1, "unknown paths, together");
        assertTrue(Scrapes.valueOf(REQUESTS, "uri=\"/api/v1/admin/api-keys/{id}/revoke\"") >= 1, metrics);
        for (String id : List.of(actor, code, key)) {
            assertFalse(metrics.contains(id), id + " must not be a tag value");
        }
    }
}
