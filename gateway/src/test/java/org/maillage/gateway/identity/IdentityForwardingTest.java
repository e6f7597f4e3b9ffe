package org.maillage.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class IdentityForwardingTest {

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void theServiceReceivesAShortLivedSignedIdentityAndNoForgedOne() throws Exception {
        JsonPath created = AdminApi.createKey(List.of("actors:read", "alliances:write"), null);
        List<String> received = given().header("X-API-Key", created.getString("secret"))
                .header("X-Maillage-Identity", "forged")
                .get("/api/v1/actors/inspect")
                .then().statusCode(200).extract().jsonPath().getList("headers.'x-maillage-identity'");
        assertEquals(1, received.size(), received.toString());
        String jwks = given().get("/identity/jwks.json").then().statusCode(200).extract().asString();
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setExpectedIssuer("maillage-gateway")
                .setExpectedAudience("maillage-services")
                .setRequireExpirationTime()
                .build()
                .processToClaims(received.get(0));
        assertEquals(created.getString("key.id"), claims.getSubject());
        assertEquals(created.getString("key.organisationId"), claims.getStringClaimValue("org"));
        assertEquals("actors:read alliances:write", claims.getStringClaimValue("scope"));
        assertEquals("api-key", claims.getStringClaimValue("kind"));
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertTrue(lifetime > 0 && lifetime <= 60, "lifetime " + lifetime);
    }
}
