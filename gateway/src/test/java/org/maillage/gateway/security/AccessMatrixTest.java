package org.maillage.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.InjectStubUpstreams;
import org.maillage.gateway.support.StubUpstreams;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * Every public operation of the contract, called without a credential, with an unknown key, with a revoked key
 * and with a key lacking the operation's scope: each is refused with 401 or 403 — never a 5xx, never a success —
 * and none of these calls reaches a service, so nothing can have changed.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class AccessMatrixTest {

    /** The committed public contract, which every operation the gateway serves or routes is part of. */
    private static final Path CONTRACT = Path.of("src/main/openapi/openapi.json");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @InjectStubUpstreams
    StubUpstreams stubs;

    @BeforeEach
    void noDefaultCredential() {
        TestCredentials.useNoCredentials();
    }

    record Operation(String method, String path, String scope) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    void everyOperationRefusesCallersWithoutTheRightCredential() throws IOException {
        List<Operation> operations = publicOperations();
        assertTrue(operations.size() > 50, "the contract lists " + operations.size() + " operations");
        String revoked = revokedKey();
        String actorsReader = AdminApi.createKey(List.of("actors:read"), null).getString("secret");
        String alliancesReader = AdminApi.createKey(List.of("alliances:read"), null).getString("secret");
        TestCredentials.useNoCredentials();
        long reachedBefore = stubs.apiRequestsReceived();

        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            expect(wrong, operation, "no credential", request -> request, 401);
            expect(wrong, operation, "unknown key", request -> request.header("X-API-Key", "mlg_unknown.secret"), 401);
            expect(wrong, operation, "revoked key", request -> request.header("Authorization", "Bearer " + revoked), 401);
            if (operation.scope() != null) {
                String other = operation.scope().startsWith("actors:") ? alliancesReader : actorsReader;
                expect(wrong, operation, "key without " + operation.scope(),
                        request -> request.header("X-API-Key", other), 403);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(reachedBefore, stubs.apiRequestsReceived(), "a refused call reached a service");
    }

    private static void expect(List<String> wrong, Operation operation, String caller,
                               UnaryOperator<RequestSpecification> credential, int status) {
        RequestSpecification request = credential.apply(given().contentType("application/json"));
        if (!operation.method().equals("get") && !operation.method().equals("delete")) {
            request.body("{}");
        }
        int answered = request.request(operation.method().toUpperCase(), operation.path()).statusCode();
        if (answered != status) {
            wrong.add(operation + " with " + caller + ": " + answered + " instead of " + status);
        }
    }

    private static String revokedKey() {
        var key = AdminApi.createKey(List.of("admin"), null);
        given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .post("/api/v1/admin/api-keys/" + key.getString("key.id") + "/revoke").then().statusCode(200);
        return key.getString("secret");
    }

    /** Path parameters are filled with a well-formed id: refusals come before any lookup. */
    private static List<Operation> publicOperations() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(CONTRACT.toFile()).path("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "5d0a6b1e-0b8e-4a53-9d4f-2f3b8a6c1e02");
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    JsonNode scope = operation.get("x-required-scope");
                    operations.add(new Operation(method, concrete, scope == null ? null : scope.asText()));
                }
            }
        }
        return operations;
    }
}
