package org.maillage.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Malformed requests for one operation, each changing one thing in a request the contract would accept:
 * a path parameter, a query parameter, the body as a whole, or one property of the body.
 */
final class HostileVariants {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Percent-encoded as sent: invalid ids, broken encodings, NUL, lone surrogates, traversal, huge values. */
    static final List<String> PATH_VALUES = List.of("not-a-uuid", "0123456789abcdef0123456789abcdef012", "%00",
            "a%00b", "%zz", "%C3", "%ED%A0%80", "%F0%9F", "..%2F..%2Fetc", "%2e%2e", "-1", "1e309", "%E2%80%AE",
            "null", "%20", "'%20OR%201%3D1", "a".repeat(5000), "%FF%FE");

    static final List<String> QUERY_VALUES = List.of("", "%00", "a%00b", "%zz", "%ED%A0%80", "-1", "0",
            "99999999999999999999", "1.5", "NaN", "1e309", "NOT_A_VALUE", "true%00", "TRUE", "!!!", "LEVEL:", ":",
            "a,,b", "a".repeat(600), "x".repeat(10_000), "2026-02-30", "%FF");

    /** Raw JSON put in place of one property. */
    static final List<String> PROPERTY_VALUES = List.of("null", "12345", "true", "\"str\"", "[]", "{}",
            "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00x\"", "\"" + "x".repeat(100_000) + "\"", "1e1000000", "-1e308",
            "1e308", "1.5", "-1", "0", "\"NOT_A_VALUE\"", "\"\"", "\" \"", "\"2026-02-30\"",
            "[" + "1,".repeat(1000) + "1]", "\"" + "é".repeat(3000) + "\"", "99999999999999999999999",
            "[" + "[".repeat(2000) + "]".repeat(2000) + "]");

    private final SchemaSamples samples;
    private final Fixtures fixtures;

    HostileVariants(SchemaSamples samples, Fixtures fixtures) {
        this.samples = samples;
        this.fixtures = fixtures;
    }

    List<HostileRequest> of(ContractOperation operation) {
        List<HostileRequest> requests = new ArrayList<>();
        String body = operation.bodyType() == null ? null : sampleBody(operation);
        for (JsonNode parameter : operation.pathParameters()) {
            for (String value : PATH_VALUES) {
                requests.add(HostileRequest.of("path " + parameter.path("name").asText(), operation.method(),
                        path(operation, parameter.path("name").asText(), value), operation.bodyType(), body));
            }
        }
        String base = path(operation, null, null);
        for (JsonNode parameter : operation.queryParameters()) {
            String name = parameter.path("name").asText();
            for (String value : QUERY_VALUES) {
                requests.add(HostileRequest.of("query " + name, operation.method(), base + "?" + name + "=" + value,
                        operation.bodyType(), body));
            }
            requests.add(HostileRequest.of("query " + name + " twice", operation.method(),
                    base + "?" + name + "=a&" + name + "=b", operation.bodyType(), body));
        }
        requests.add(HostileRequest.of("unknown query parameter", operation.method(), base + "?bogus%00=1",
                operation.bodyType(), body));
        if (operation.bodyType() != null) {
            wholeBodies(operation, base, body, requests);
            if (operation.jsonBody()) {
                properties(operation, base, requests);
            }
        }
        return requests;
    }

    private void wholeBodies(ContractOperation operation, String base, String body, List<HostileRequest> requests) {
        String type = operation.bodyType();
        List<String[]> variants = List.of(
                new String[] {"empty body", type, ""},
                new String[] {"truncated JSON", type, "{"},
                new String[] {"array body", type, "[]"},
                new String[] {"null body", type, "null"},
                new String[] {"string body", type, "\"text\""},
                new String[] {"number body", type, "123"},
                new String[] {"byte-order mark", type, "\uFEFF" + body},
                new String[] {"duplicate keys", type, "{\"a\":1,\"a\":2}"},
                new String[] {"deep nesting", type, "[".repeat(10_000) + "]".repeat(10_000)},
                new String[] {"NUL byte outside strings", type, "{\u0000}"},
                new String[] {"no content type", null, body},
                new String[] {"text/plain", "text/plain", body},
                new String[] {"charset=utf-16", type + "; charset=utf-16", body},
                new String[] {"unknown media type", "application/x-unknown", body},
                new String[] {"2 MB body", type, "\"" + "x".repeat(2_000_000) + "\""});
        for (String[] variant : variants) {
            requests.add(HostileRequest.of(variant[0], operation.method(), base, variant[1], variant[2]));
        }
        requests.add(new HostileRequest("bytes that are not UTF-8", operation.method(), base, type,
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'}));
    }

    /** Each property of the body, then each property of the objects it holds, given every hostile value. */
    private void properties(ContractOperation operation, String base, List<HostileRequest> requests) {
        JsonNode sample = samples.sample(operation.bodySchema());
        JsonNode schema = samples.resolve(operation.bodySchema());
        if (!(sample instanceof ObjectNode object)) {
            return;
        }
        for (String property : propertyNames(schema, object)) {
            for (String value : PROPERTY_VALUES) {
                requests.add(HostileRequest.of("body " + property, operation.method(), base, operation.bodyType(),
                        replaced(object, property, value)));
            }
            ObjectNode without = object.deepCopy();
            without.remove(property);
            requests.add(HostileRequest.of("body without " + property, operation.method(), base,
                    operation.bodyType(), without.toString()));
        }
        requests.add(HostileRequest.of("body with unknown property", operation.method(), base, operation.bodyType(),
                object.deepCopy().put("bogus", 1).toString()));
    }

    private static List<String> propertyNames(JsonNode schema, ObjectNode sample) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> declared = schema.path("properties").fieldNames(); declared.hasNext(); ) {
            names.add(declared.next());
        }
        for (Iterator<String> present = sample.fieldNames(); present.hasNext(); ) {
            String name = present.next();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String replaced(ObjectNode sample, String property, String rawValue) {
        ObjectNode copy = sample.deepCopy();
        copy.put(property, "\u0001placeholder\u0001");
        try {
            return JSON.writeValueAsString(copy).replace("\"\\u0001placeholder\\u0001\"", rawValue);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String sampleBody(ContractOperation operation) {
        if (!operation.jsonBody()) {
            return "code,value\n75056,1\n";
        }
        return samples.sample(operation.bodySchema()).toString();
    }

    /** The path with every parameter given a fixture's id or a plausible value, or {@code hostileValue} for {@code hostileName}. */
    private String path(ContractOperation operation, String hostileName, String hostileValue) {
        String path = operation.path();
        for (JsonNode parameter : operation.pathParameters()) {
            String name = parameter.path("name").asText();
            String value = name.equals(hostileName) ? hostileValue
                    : URLEncoder.encode(fixtures.idFor(operation.path(), name)
                            .orElseGet(() -> samples.sample(parameter.path("schema")).asText()), StandardCharsets.UTF_8);
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }
}
