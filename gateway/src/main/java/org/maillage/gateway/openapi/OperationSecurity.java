package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.util.Optional;
import java.util.Set;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.routing.RouteTable;

/**
 * States in the merged document how to authenticate and which scope each operation needs, derived from the
 * same rules the gateway enforces, so the contract cannot drift from the behaviour.
 */
final class OperationSecurity {

    static final String API_KEY = "apiKey";
    static final String BEARER = "bearer";
    private static final Set<String> METHODS = Set.of("get", "head", "options", "post", "put", "patch", "delete",
            "trace");

    private OperationSecurity() {
    }

    static void apply(ObjectNode document, RouteTable routes) {
        ObjectNode schemes = document.withObjectProperty("components").withObjectProperty("securitySchemes");
        schemes.putObject(API_KEY).put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                .put("description", "Partner API key (mlk_...), created by an administrator.");
        schemes.putObject(BEARER).put("type", "http").put("scheme", "bearer")
                .put("description", "A partner API key, or a JWT from the identity provider carrying the scopes "
                        + "in its scope or scp claim, for the gateway's audience (aud), living at most the configured "
                        + "maximum (exp - iat, 1 h by default); admin only through the gateway's configured admin "
                        + "claim.");
        // By default every operation needs a credential; public ones say otherwise with an empty list.
        var global = document.putArray("security");
        global.addObject().putArray(API_KEY);
        global.addObject().putArray(BEARER);
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode node) {
                if (Scopes.authenticationOnly(path.getKey())) {
                    authenticated(node);
                } else {
                    secure(node, scope(routes, path.getKey(), operation.getKey()));
                }
            }
        }));
    }

    private static Optional<String> scope(RouteTable routes, String path, String method) {
        HttpMethod verb = HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT));
        return Scopes.forGatewayPath(path)
                .or(() -> routes.resolve(path).map(upstream -> Scopes.forArea(upstream.name(), verb)));
    }

    /** Any valid credential will do: the operation itself keeps to what the caller's scopes may read. */
    private static void authenticated(ObjectNode operation) {
        operation.remove("security");
        var requirements = operation.putArray("security");
        requirements.addObject().putArray(API_KEY);
        requirements.addObject().putArray(BEARER);
        appendNote(operation, "Any authenticated caller; the answer holds only what the caller's scopes may read.");
    }

    /** No scope means a public operation (the documentation itself): an empty requirement list says so. */
    private static void secure(ObjectNode operation, Optional<String> scope) {
        operation.remove("security");
        var requirements = operation.putArray("security");
        if (scope.isEmpty()) {
            return;
        }
        requirements.addObject().putArray(API_KEY).add(scope.get());
        requirements.addObject().putArray(BEARER).add(scope.get());
        operation.put("x-required-scope", scope.get());
        appendNote(operation, "Requires the scope `" + scope.get() + "` (or `admin`).");
    }

    private static void appendNote(ObjectNode operation, String note) {
        JsonNode description = operation.get("description");
        operation.put("description", description == null || description.asText().isBlank() ? note
                : description.asText() + "\n\n" + note);
    }
}
