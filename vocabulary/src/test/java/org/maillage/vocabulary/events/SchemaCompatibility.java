package org.maillage.vocabulary.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Compares two versions of an event's data schema. A change is compatible when every event valid under the
 * older schema stays valid under the newer one: the topics and the feed keep the events published before, and a
 * consumer updated to the new schema must still read them. So a new optional property, a new enum value, a
 * looser bound or a type made nullable are additive; a removed property, a changed type, a property newly
 * required, a narrowed enum, a tighter bound or additionalProperties tightened break consumers. Consumers are told
 * to ignore properties and enum values they do not know, which is what keeps additions safe for them too.
 * Keywords this class does not reason about are breaking whenever they change, to err on the safe side.
 */
final class SchemaCompatibility {

    /** A difference between the two schemas, where it is (a JSON pointer into the schema) and whether it breaks. */
    record Difference(String at, boolean breaking, String what) {

        @Override
        public String toString() {
            return (breaking ? "breaking: " : "additive: ") + at + " " + what;
        }
    }

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "$comment", "$schema",
            "$id", "deprecated", "default");
    private static final Set<String> LOWER_BOUNDS = Set.of("minimum", "exclusiveMinimum", "minLength", "minItems",
            "minProperties");
    private static final Set<String> UPPER_BOUNDS = Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems",
            "maxProperties");
    private static final Set<String> HANDLED = Set.of("type", "enum", "required", "properties",
            "additionalProperties", "items");

    private final List<Difference> differences = new ArrayList<>();

    private SchemaCompatibility() {
    }

    static List<Difference> compare(JsonNode older, JsonNode newer) {
        SchemaCompatibility comparison = new SchemaCompatibility();
        comparison.compare("", older, newer);
        return List.copyOf(comparison.differences);
    }

    static boolean breaks(List<Difference> differences) {
        return differences.stream().anyMatch(Difference::breaking);
    }

    private void compare(String at, JsonNode older, JsonNode newer) {
        compareTypes(at, older.path("type"), newer.path("type"));
        compareEnums(at, older.get("enum"), newer.get("enum"));
        compareRequired(at, older.path("required"), newer.path("required"));
        compareProperties(at, older.path("properties"), newer.path("properties"));
        compareAdditionalProperties(at, older.get("additionalProperties"), newer.get("additionalProperties"));
        if (older.has("items") && newer.has("items")) {
            compare(at + "/items", older.get("items"), newer.get("items"));
        } else if (older.has("items") != newer.has("items")) {
            differ(at + "/items", newer.has("items"), newer.has("items") ? "now constrained" : "no longer constrained");
        }
        Set<String> keywords = new HashSet<>();
        older.fieldNames().forEachRemaining(keywords::add);
        newer.fieldNames().forEachRemaining(keywords::add);
        keywords.removeAll(HANDLED);
        keywords.removeAll(ANNOTATIONS);
        for (String keyword : keywords) {
            compareKeyword(at + "/" + keyword, keyword, older.get(keyword), newer.get(keyword));
        }
    }

    private void compareTypes(String at, JsonNode older, JsonNode newer) {
        Set<String> before = types(older);
        Set<String> after = types(newer);
        if (before.equals(after)) {
            return;
        }
        for (String type : before) {
            boolean kept = after.isEmpty() || after.contains(type) || type.equals("integer") && after.contains("number");
            if (!kept) {
                differ(at + "/type", true, "no longer allows " + type + " (now " + after + ")");
            }
        }
        after.stream().filter(type -> !before.isEmpty() && !before.contains(type))
                .forEach(type -> differ(at + "/type", false, "now also allows " + type));
        if (before.isEmpty()) {
            differ(at + "/type", true, "now restricted to " + after);
        }
    }

    private void compareEnums(String at, JsonNode older, JsonNode newer) {
        if (newer == null) {
            if (older != null) {
                differ(at + "/enum", false, "no longer restricted to a list of values");
            }
            return;
        }
        if (older == null) {
            differ(at + "/enum", true, "now restricted to " + newer);
            return;
        }
        Set<JsonNode> before = elements(older);
        Set<JsonNode> after = elements(newer);
        before.stream().filter(value -> !after.contains(value))
                .forEach(value -> differ(at + "/enum", true, "no longer allows " + value));
        after.stream().filter(value -> !before.contains(value))
                .forEach(value -> differ(at + "/enum", false, "now also allows " + value));
    }

    private void compareRequired(String at, JsonNode older, JsonNode newer) {
        Set<JsonNode> before = elements(older);
        Set<JsonNode> after = elements(newer);
        after.stream().filter(name -> !before.contains(name))
                .forEach(name -> differ(at + "/required", true, name.asText() + " is now required"));
        before.stream().filter(name -> !after.contains(name))
                .forEach(name -> differ(at + "/required", false, name.asText() + " is no longer required"));
    }

    private void compareProperties(String at, JsonNode older, JsonNode newer) {
        older.properties().forEach(property -> {
            String where = at + "/properties/" + property.getKey();
            JsonNode replacement = newer.get(property.getKey());
            if (replacement == null) {
                differ(where, true, "was removed");
            } else {
                compare(where, property.getValue(), replacement);
            }
        });
        newer.properties().forEach(property -> {
            if (!older.has(property.getKey())) {
                differ(at + "/properties/" + property.getKey(), false, "was added");
            }
        });
    }

    private void compareAdditionalProperties(String at, JsonNode older, JsonNode newer) {
        boolean closedBefore = older != null && older.isBoolean() && !older.asBoolean();
        boolean closedAfter = newer != null && newer.isBoolean() && !newer.asBoolean();
        String where = at + "/additionalProperties";
        if (closedAfter && !closedBefore) {
            differ(where, true, "now forbids properties it did not name");
        } else if (closedBefore && !closedAfter) {
            differ(where, false, "now allows properties it does not name");
        } else if (older != null && newer != null && older.isObject() && newer.isObject()) {
            compare(where, older, newer);
        } else if (!closedAfter && (older == null) != (newer == null)) {
            differ(where, newer != null && newer.isObject(), "changed from " + older + " to " + newer);
        }
    }

    private void compareKeyword(String at, String keyword, JsonNode older, JsonNode newer) {
        if (older != null && older.equals(newer)) {
            return;
        }
        if (LOWER_BOUNDS.contains(keyword) || UPPER_BOUNDS.contains(keyword)) {
            boolean looser = newer == null || older != null && (LOWER_BOUNDS.contains(keyword)
                    ? newer.decimalValue().compareTo(older.decimalValue()) < 0
                    : newer.decimalValue().compareTo(older.decimalValue()) > 0);
            differ(at, !looser, (looser ? "loosened" : "tightened") + " from " + older + " to " + newer);
            return;
        }
        differ(at, newer != null, "changed from " + older + " to " + newer);
    }

    private void differ(String at, boolean breaking, String what) {
        differences.add(new Difference(at.isEmpty() ? "/" : at, breaking, what));
    }

    private static Set<String> types(JsonNode type) {
        Set<String> types = new HashSet<>();
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(item -> types.add(item.asText()));
        return types;
    }

    private static Set<JsonNode> elements(JsonNode array) {
        Set<JsonNode> elements = new HashSet<>();
        if (array != null) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                elements.add(it.next());
            }
        }
        return elements;
    }
}
