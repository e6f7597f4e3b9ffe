package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class IdentityTest {

    private static final String WHOAMI = "/api/probe/whoami";

    @Test
    void aCallWithoutTheGatewaysIdentityIsRefused() {
        direct().get(WHOAMI).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("detail", equalTo("Call this API through the gateway, with an API key or a bearer token"));
    }

    @Test
    void forgedExpiredOrMisdirectedTokensAreRefused() {
        long past = Instant.now().minusSeconds(120).getEpochSecond();
        for (String token : new String[] {TestIdentity.forged(), TestIdentity.adminWith(Map.of("exp", past)),
                TestIdentity.adminWith(Map.of("aud", "another-audience")), TestIdentity.adminWith(Map.of("iss", "someone")),
                "not-a-token"}) {
            direct().header(TestIdentity.HEADER, token).get(WHOAMI).then().statusCode(401);
        }
    }

    @Test
    void theVerifiedCallerReachesTheResource() {
        UUID organisation = UUID.randomUUID();
        direct().header(TestIdentity.HEADER, TestIdentity.partner(organisation, "actors:write")).get(WHOAMI).then()
                .statusCode(200)
                .body("organisation", equalTo(organisation.toString()))
                .body("admin", equalTo(false));
        given().get(WHOAMI).then().statusCode(200).body("admin", equalTo(true));
    }

    @Test
    void healthAndContractStayOpenForProbes() {
        direct().get("/q/health/live").then().statusCode(200);
        direct().get("/q/openapi").then().statusCode(200);
    }

    private static RequestSpecification direct() {
        return given().noFiltersOfType(TestIdentity.AdminByDefault.class);
    }
}
