package org.maillage.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * A plausible value for a schema of the contract — its example when it has one, else the simplest value of
 * its type — so that a hostile variant changes one thing in an otherwise acceptable request.
 */
final class SchemaSamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final JsonNode contract;

    SchemaSamples(JsonNode contract) {
        this.contract = contract;
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            current = contract.at(current.get("$ref").asText().substring(1));
        }
        return current == null || current.isMissingNode() ? JSON.objectNode() : current;
    }

    JsonNode sample(JsonNode schema) {
        return sample(schema, 0);
    }

    private JsonNode sample(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        for (String combinator : new String[] {"oneOf", "anyOf", "allOf"}) {
            if (schema.path(combinator).isArray() && !schema.path(combinator).isEmpty()) {
                return sample(schema.path(combinator).get(0), depth + 1);
            }
        }
        return switch (typeOf(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> JSON.numberNode(schema.path("minimum").asLong(1));
            case "number" -> JSON.numberNode(schema.path("minimum").asDouble(1));
            case "boolean" -> JSON.booleanNode(true);
            default -> JSON.textNode(string(schema));
        };
    }

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        for (JsonNode required : schema.path("required")) {
            JsonNode property = schema.path("properties").path(required.asText());
            object.set(required.asText(), sample(property, depth + 1));
        }
        return object;
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode array = JSON.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < items && depth < MAX_DEPTH; i++) {
            array.add(sample(schema.path("items"), depth + 1));
        }
        return array;
    }

    private static String string(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> "2026-03-14T09:30:00Z";
            case "date" -> "2026-03-14";
            case "email" -> "contact@example.org";
            case "uri", "url" -> "https://example.org/hooks";
            default -> "x".repeat(Math.max(1, schema.path("minLength").asInt(1)));
        };
    }
}
