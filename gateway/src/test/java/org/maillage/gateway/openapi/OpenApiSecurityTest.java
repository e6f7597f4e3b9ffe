package org.maillage.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class OpenApiSecurityTest {

    @Test
    void declaresHowToAuthenticate() {
        given().get("/openapi").then().statusCode(200)
                .body("components.securitySchemes", allOf(hasKey("apiKey"), hasKey("bearer")))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void everyOperationStatesTheScopeTheGatewayEnforces() {
        JsonPath document = given().get("/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Map.of("apiKey", List.of("actors:read")), Map.of("bearer", List.of("actors:read"))),
                document.getList("paths.'/api/v1/actors'.get.security"));
        assertEquals("diagnostics:read", document.getString("paths.'/api/v1/territories/{code}'.get.x-required-scope"));
        assertEquals("alliances:read", document.getString("paths.'/api/v1/alliances'.get.x-required-scope"));
        assertEquals("admin", document.getString("paths.'/api/v1/admin/api-keys'.post.x-required-scope"));
        assertEquals("admin", document.getString("paths.'/api/v1/admin/api-keys/{id}/revoke'.post.x-required-scope"));
        assertEquals("diagnostics:read",
                document.getString("paths.'/api/v1/territories/{code}/overview'.get.x-required-scope"));
        assertEquals("webhooks:manage", document.getString("paths.'/api/v1/webhooks'.post.x-required-scope"));
        // Any valid credential reads the feed, which keeps to the caller's scopes itself.
        assertEquals(List.of(Map.of("apiKey", List.of()), Map.of("bearer", List.of())),
                document.getList("paths.'/api/v1/events'.get.security"));
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) ->
                assertFalse(operation.get("security") == null, method + " " + path + " states no security")));
    }

    @Test
    void theDocumentationItselfIsPublic() {
        given().get("/openapi").then().statusCode(200)
                .body("paths.'/openapi'.get.security", empty())
                .body("paths.'/openapi.yaml'.get.security", empty());
    }
}
