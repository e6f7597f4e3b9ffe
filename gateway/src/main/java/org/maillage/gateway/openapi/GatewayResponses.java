package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.maillage.gateway.routing.RouteTable;

/**
 * Documents what the gateway itself adds to every call it lets through: the refusals it answers on its own
 * (401, 403, 413, 429), its 500, the refusals of the HTTP layer every component shares (400, 406, 414, 415,
 * 431), the failures of a service it relays to (502, 503, 504), and the rate-limit headers it puts on every answer to a known caller, and on the answers counted against the
 * client address (401, the public documents). Applied to every operation of the merged document, the gateway's
 * own included, so new endpoints are documented alike.
 */
final class GatewayResponses {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    static final String RETRY_AFTER = "Retry-After";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    /** An origin is scheme, host and port: well under the length of a URL browsers accept. */
    private static final int MAX_ORIGIN_LENGTH = 2048;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "head", "options", "post", "put", "patch", "delete",
            "trace");
    private static final Set<String> BODY_METHODS = Set.of("post", "put", "patch");
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final Map<String, String> REFUSALS = Map.of("401", "Unauthorized", "403", "Forbidden",
            "429", "TooManyRequests");

    private static final Map<String, String> HTTP_LAYER = Map.of("400", "InvalidRequestTarget",
            "406", "NotAcceptable", "414", "RequestTargetTooLong", "431", "HeadersTooLarge");

    private static final Map<String, String> UPSTREAM_FAILURES = Map.of("502", "BadGateway",
            "503", "ServiceUnavailable", "504", "GatewayTimeout");

    private GatewayResponses() {
    }

    static void apply(ObjectNode document, RouteTable routes) {
        ObjectNode components = document.withObjectProperty("components");
        boolean problem = components.path("schemas").has("Problem");
        ObjectNode headers = components.withObjectProperty("headers");
        headers.set(LIMIT, header("Requests the caller may make in a full window (its burst size); on a 401 and "
                + "the public documents, those its client address may make without a valid credential.",
                integer("int32", 1, Integer.MAX_VALUE)));
        headers.set(REMAINING, header("Requests the caller (or the client address) may still make right now.",
                integer("int32", 0, Integer.MAX_VALUE)));
        headers.set(RESET, header("Seconds until the whole quota is available again.",
                integer("int64", 0, Long.MAX_VALUE)));
        headers.set(RETRY_AFTER, header("Seconds to wait before the next request can pass.",
                integer("int64", 1, Long.MAX_VALUE)));
        ObjectNode origin = header("The caller's Origin, on answers to browsers calling from an origin of the gateway's "
                + "CORS allow-list (quarkus.http.cors.origins); absent otherwise.", NODES.objectNode()
                .put("type", "string").put("format", "uri").put("maxLength", MAX_ORIGIN_LENGTH));
        headers.set(ALLOW_ORIGIN, origin);
        ObjectNode responses = components.withObjectProperty("responses");
        ObjectNode unauthorized = limited(problemResponse("No credential, or an unknown, revoked or expired one. "
                + "Counted against the client address's limit on calls without a valid credential, which the "
                + "rate-limit headers report.", problem));
        unauthorized.withObjectProperty("headers").putObject("WWW-Authenticate")
                .put("description", "How to authenticate.")
                .putObject("schema").put("type", "string").putArray("enum").add("Bearer realm=\"maillage\"");
        responses.set("Unauthorized", unauthorized);
        responses.set("Forbidden", limited(problemResponse("The credential lacks the scope the operation needs "
                + "(see x-required-scope), or the object-level rules of the service refuse the change.", problem)));
        ObjectNode tooMany = limited(problemResponse("The caller's rate limit is reached; or its client address "
                + "made too many calls without a valid credential or tried too many unknown API keys, which is "
                + "checked before any credential.", problem));
        tooMany.withObjectProperty("headers").putObject(RETRY_AFTER).put("$ref", "#/components/headers/" + RETRY_AFTER);
        responses.set("TooManyRequests", tooMany);
        responses.set("InternalError", problemResponse("Unexpected failure; the problem's correlationId identifies "
                + "it in the logs.", problem));
        responses.set("InvalidRequestTarget", problemResponse("The request target is not a valid URI (e.g. a % not "
                + "followed by two hexadecimal digits), or a parameter holds a NUL character or an unpaired surrogate.",
                problem));
        responses.set("RequestTargetTooLong", problemResponse("The request target (path and query) is longer than "
                + "8192 characters.", problem));
        responses.set("HeadersTooLarge", problemResponse("The request headers total more than 16384 characters.",
                problem));
        // Answered by a service to a caller the gateway has counted: they carry its rate-limit headers.
        responses.set("NotAcceptable", limited(problemResponse("The Accept header names no media type the operation answers "
                + "with (application/json, and application/problem+json for errors).", problem)));
        responses.set("UnsupportedMediaType", limited(problemResponse("The request body's Content-Type is not one "
                + "the operation reads, or the operation reads no body.", problem)));
        responses.set("PayloadTooLarge", limited(problemResponse("The request body is longer than the gateway accepts "
                + "for this path (maillage.gateway.security.body-limits, by path prefix).", problem)));
        responses.set("BadGateway", limited(problemResponse("The service dropped the exchange or did not answer in "
                + "HTTP; the request may or may not have been processed.", problem)));
        ObjectNode unavailable = limited(problemResponse("The service cannot be reached, or its circuit breaker is "
                + "open: the request did not reach it, so a retry is safe.", problem));
        unavailable.withObjectProperty("headers").putObject(RETRY_AFTER).put("$ref", "#/components/headers/" + RETRY_AFTER);
        responses.set("ServiceUnavailable", unavailable);
        responses.set("GatewayTimeout", limited(problemResponse("The service did not answer in time; the request may "
                + "or may not have been processed.", problem)));
        responses.properties().forEach(response -> withOrigin(response.getValue()));

        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode node) {
                document(node, operation.getKey(), routes.resolve(path.getKey()).isPresent());
            }
        }));
    }

    private static void document(ObjectNode operation, String method, boolean relayed) {
        ObjectNode responses = operation.withObjectProperty("responses");
        JsonNode security = operation.path("security");
        if (security instanceof ArrayNode requirements && requirements.isEmpty()) {
            // Public: counted against the client address, like a call without a valid credential.
            limitInline(responses, "2\\d\\d");
            responses.set("429", NODES.objectNode().put("$ref", "#/components/responses/TooManyRequests"));
        } else if (security instanceof ArrayNode requirements) {
            limitInline(responses, "[24]\\d\\d");
            REFUSALS.forEach((status, name) -> {
                // 401 and 429 come from the gateway alone, whatever an operation says: its own account wins.
                if (!responses.has(status) || !status.equals("403")) {
                    responses.set(status, NODES.objectNode().put("$ref", "#/components/responses/" + name));
                }
            });
        }
        if (!responses.has("500")) {
            responses.putObject("500").put("$ref", "#/components/responses/InternalError");
        }
        // Answered below the REST layer of every component, for any operation.
        HTTP_LAYER.forEach((status, name) -> {
            if (!responses.has(status)) {
                responses.putObject(status).put("$ref", "#/components/responses/" + name);
            }
        });
        // A body sent to an operation that reads none is refused as well.
        if ((operation.has("requestBody") || BODY_METHODS.contains(method)) && !responses.has("415")) {
            responses.putObject("415").put("$ref", "#/components/responses/UnsupportedMediaType");
        }
        if (operation.has("requestBody")) {
            if (!responses.has("413")) {
                responses.putObject("413").put("$ref", "#/components/responses/PayloadTooLarge");
            }
        }
        if (relayed) {
            UPSTREAM_FAILURES.forEach((status, name) -> {
                if (!responses.has(status)) {
                    responses.putObject(status).put("$ref", "#/components/responses/" + name);
                }
            });
        }
        responses.properties().forEach(response -> withOrigin(response.getValue()));
    }

    /** Adds the rate-limit headers to the operation's own responses of those statuses (401 is shared). */
    private static void limitInline(ObjectNode responses, String statuses) {
        responses.properties().forEach(response -> {
            if (response.getValue() instanceof ObjectNode inline && !inline.has("$ref")
                    && response.getKey().matches(statuses) && !response.getKey().equals("401")) {
                limited(inline);
            }
        });
    }

    /** The gateway's CORS handling answers every path, so every response may carry the header. */
    private static void withOrigin(JsonNode response) {
        if (response instanceof ObjectNode inline && !inline.has("$ref")) {
            inline.withObjectProperty("headers").putObject(ALLOW_ORIGIN)
                    .put("$ref", "#/components/headers/" + ALLOW_ORIGIN);
        }
    }

    private static ObjectNode limited(ObjectNode response) {
        ObjectNode headers = response.withObjectProperty("headers");
        for (String name : new String[] {LIMIT, REMAINING, RESET}) {
            headers.putObject(name).put("$ref", "#/components/headers/" + name);
        }
        return response;
    }

    private static ObjectNode problemResponse(String description, boolean problem) {
        ObjectNode response = NODES.objectNode().put("description", description);
        ObjectNode media = response.putObject("content").putObject("application/problem+json");
        if (problem) {
            media.putObject("schema").put("$ref", PROBLEM);
        } else {
            media.putObject("schema").put("type", "object");
        }
        return response;
    }

    private static ObjectNode header(String description, ObjectNode schema) {
        ObjectNode header = NODES.objectNode().put("description", description);
        header.set("schema", schema);
        return header;
    }

    private static ObjectNode integer(String format, long minimum, long maximum) {
        return NODES.objectNode().put("type", "integer").put("format", format).put("minimum", minimum)
                .put("maximum", maximum);
    }
}
