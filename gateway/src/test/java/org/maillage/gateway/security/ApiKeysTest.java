package org.maillage.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ApiKeysTest {

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void aCreatedKeyShowsItsSecretOnceAndIsListedWithoutIt() {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String id = created.getString("key.id");
        assertTrue(created.getString("secret").startsWith("mlk_" + created.getString("key.prefix") + "_"));
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).get("/api/v1/admin/api-keys")
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.scopes", equalTo(List.of("actors:read")))
                .body("find { it.id == '" + id + "' }", not(hasKey("secret")))
                .body("find { it.id == '" + id + "' }", not(hasKey("secretHash")));
    }

    @Test
    void aKeyWorksInEitherHeaderAndIsNotForwarded() {
        String secret = AdminApi.createKey(List.of("actors:read"), null).getString("secret");
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect")
                .then().statusCode(200)
                .body("headers.'x-api-key'", nullValue());
        given().header("Authorization", "Bearer " + secret).get("/api/v1/actors/inspect")
                .then().statusCode(200)
                .body("headers.authorization", nullValue());
    }

    @Test
    void aMissingScopeIsForbidden() {
        String secret = AdminApi.createKey(List.of("actors:read"), null).getString("secret");
        for (String[] call : new String[][] {{"POST", "/api/v1/actors/inspect"}, {"GET", "/api/v1/alliances/inspect"},
                {"DELETE", "/api/v1/territories/75056/inspect"}, {"GET", "/api/v1/admin/api-keys"}}) {
            given().header("X-API-Key", secret).request(call[0], call[1])
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://maillage.org/problems/forbidden"));
        }
    }

    @Test
    void writeScopeAllowsWritesAndAdminAllowsEverything() {
        String writer = AdminApi.createKey(List.of("alliances:write"), null).getString("secret");
        given().header("X-API-Key", writer).post("/api/v1/alliances/inspect").then().statusCode(200);
        String admin = AdminApi.createKey(List.of("admin"), null).getString("secret");
        given().header("X-API-Key", admin).delete("/api/v1/diagnostics/inspect").then().statusCode(200);
        given().header("X-API-Key", admin).get("/api/v1/admin/api-keys").then().statusCode(200);
    }

    @Test
    void rotationReplacesTheSecretAtOnce() {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String old = created.getString("secret");
        given().header("X-API-Key", old).get("/api/v1/actors/inspect").then().statusCode(200);
        String fresh = given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .post("/api/v1/admin/api-keys/" + created.getString("key.id") + "/rotate")
                .then().statusCode(200).body("key.rotatedAt", not(nullValue()))
                .extract().path("secret");
        given().header("X-API-Key", old).get("/api/v1/actors/inspect").then().statusCode(401);
        given().header("X-API-Key", fresh).get("/api/v1/actors/inspect").then().statusCode(200);
    }

    @Test
    void aGracePeriodKeepsTheReplacedSecretWorkingUntilItEnds() {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String id = created.getString("key.id");
        String old = created.getString("secret");
        String fresh = rotate(id, "3").then().statusCode(200)
                .body("key.previousSecretValidUntil", not(nullValue())).extract().path("secret");
        given().header("X-API-Key", old).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", fresh).get("/api/v1/actors/inspect").then().statusCode(200);
        assertTrue(Eventually.holds(() -> given().header("X-API-Key", old).get("/api/v1/actors/inspect").statusCode() == 401,
                Duration.ofSeconds(15)));
        given().header("X-API-Key", fresh).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).get("/api/v1/admin/api-keys")
                .then().statusCode(200).body("find { it.id == '" + id + "' }.previousSecretValidUntil", nullValue());
    }

    @Test
    void anotherRotationOrARevocationEndsTheOverlap() {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String id = created.getString("key.id");
        String first = created.getString("secret");
        String second = rotate(id, "3600").then().statusCode(200).extract().path("secret");
        String third = rotate(id, "3600").then().statusCode(200).extract().path("secret");
        given().header("X-API-Key", first).get("/api/v1/actors/inspect").then().statusCode(401);
        given().header("X-API-Key", second).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", third).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).post("/api/v1/admin/api-keys/" + id + "/revoke")
                .then().statusCode(200);
        given().header("X-API-Key", second).get("/api/v1/actors/inspect").then().statusCode(401);
        given().header("X-API-Key", third).get("/api/v1/actors/inspect").then().statusCode(401);
    }

    @Test
    void aGracePeriodOutOfRangeIsRefusedAndChangesNothing() {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String id = created.getString("key.id");
        for (String grace : List.of("-1", "604801", "soon")) {
            rotate(id, grace).then().statusCode(400).contentType("application/problem+json");
        }
        given().header("X-API-Key", created.getString("secret")).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).get("/api/v1/admin/api-keys").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.prefix", equalTo(created.getString("key.prefix")))
                .body("find { it.id == '" + id + "' }.rotatedAt", nullValue());
    }

    private static Response rotate(String id, String gracePeriodSeconds) {
        return given().header("X-API-Key", TestCredentials.ADMIN_KEY).queryParam("gracePeriodSeconds", gracePeriodSeconds)
                .post("/api/v1/admin/api-keys/" + id + "/rotate");
    }

    @Test
    void aRevokedKeyIsRefused() {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String secret = created.getString("secret");
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect").then().statusCode(200);
        given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .post("/api/v1/admin/api-keys/" + created.getString("key.id") + "/revoke")
                .then().statusCode(200).body("revokedAt", not(nullValue()));
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void lastUseIsRecorded() {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String id = created.getString("key.id");
        given().header("X-API-Key", created.getString("secret")).get("/api/v1/actors/inspect").then().statusCode(200);
        assertTrue(Eventually.holds(() -> given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .get("/api/v1/admin/api-keys").jsonPath()
                .getString("find { it.id == '" + id + "' }.lastUsedAt") != null, Duration.ofSeconds(10)));
    }

    @Test
    void unknownScopesAndUnknownKeysAreRejected() {
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"x\",\"scopes\":[\"actors:delete\"]}").post("/api/v1/admin/api-keys")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .post("/api/v1/admin/api-keys/00000000-0000-0000-0000-000000000000/revoke")
                .then().statusCode(404).body("type", startsWith("https://maillage.org/problems/"));
    }
}
