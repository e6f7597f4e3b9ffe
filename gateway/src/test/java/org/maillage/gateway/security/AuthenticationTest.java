package org.maillage.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.gateway.support.TestTokens;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class AuthenticationTest {

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void aCallWithoutCredentialsIsUnauthorised() {
        for (String path : new String[] {"/api/v1/actors/inspect", "/api/v1/unknown", "/api/v1/admin/api-keys"}) {
            given().header("X-Request-Id", "anonymous-1").get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer realm=\"maillage\"")
                    .header("X-Request-Id", "anonymous-1")
                    .body("type", equalTo("https://maillage.org/problems/unauthorized"))
                    .body("correlationId", equalTo("anonymous-1"));
        }
    }

    @Test
    void unknownOrMalformedCredentialsAreUnauthorised() {
        for (String key : new String[] {"nonsense", "mlk_0123456789abcdef_guessed", "mlk__", "a.b.c",
                TestCredentials.ADMIN_KEY + "x"}) {
            given().header("X-API-Key", key).get("/api/v1/actors/inspect")
                    .then().statusCode(401).contentType("application/problem+json");
            given().header("Authorization", "Bearer " + key).get("/api/v1/actors/inspect").then().statusCode(401);
        }
    }

    @Test
    void healthAndDocumentationNeedNoCredentials() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aValidFrontEndTokenGrantsItsScopes() {
        String token = TestTokens.valid(Map.of("scope", "actors:read diagnostics:read"));
        given().auth().oauth2(token).get("/api/v1/actors/inspect").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/territories/75056/inspect").then().statusCode(200);
        given().auth().oauth2(token).post("/api/v1/actors/inspect").then().statusCode(403);
        String scp = TestTokens.valid(Map.of("scp", List.of("alliances:write")));
        given().auth().oauth2(scp).post("/api/v1/alliances/inspect").then().statusCode(200);
    }

    @Test
    void onlyTheConfiguredAdminClaimMakesATokenAdmin() {
        String mapped = TestTokens.valid(Map.of(TestCredentials.JWT_ADMIN_CLAIM, List.of(TestCredentials.JWT_ADMIN_VALUE)));
        given().auth().oauth2(mapped).get("/api/v1/admin/api-keys").then().statusCode(200);
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of("roles", List.of("admin")),
                Map.of("groups", List.of("admin")), Map.of("scope", "admin actors:read"))) {
            given().auth().oauth2(TestTokens.valid(claims)).get("/api/v1/admin/api-keys")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void aTokenForAnotherAudienceOrLivingTooLongIsUnauthorised() {
        long now = System.currentTimeMillis() / 1000;
        for (String token : new String[] {
                TestTokens.valid(Map.of("scope", "actors:read", "aud", "another-application")),
                TestTokens.valid(Map.of("scope", "actors:read", "iat", now, "exp", now + 2 * 3600))}) {
            given().auth().oauth2(token).get("/api/v1/actors/inspect")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void expiredForeignOrMisissuedTokensAreUnauthorised() {
        Map<String, Object> claims = Map.of("scope", "admin");
        for (String token : new String[] {
                TestTokens.signed("jwt-private.pem", TestCredentials.JWT_ISSUER, -120, claims),
                TestTokens.signed("other-private.pem", TestCredentials.JWT_ISSUER, 300, claims),
                TestTokens.signed("jwt-private.pem", "https://elsewhere.example", 300, claims)}) {
            given().auth().oauth2(token).get("/api/v1/actors/inspect")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }
}
