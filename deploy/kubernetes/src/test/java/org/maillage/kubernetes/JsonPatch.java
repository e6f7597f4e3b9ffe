package org.maillage.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** JSON Patch (RFC 6902) operations add, remove and replace; any other fails rather than being skipped. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode document, ArrayNode operations, String target) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            List<String> path = pointer(operation.path("path").asText());
            JsonNode parent = resolve(document, path.subList(0, path.size() - 1), target);
            String last = path.get(path.size() - 1);
            switch (op) {
                case "add", "replace" -> set(parent, last, operation.get("value").deepCopy(), op.equals("add"),
                        target);
                case "remove" -> remove(parent, last, target);
                default -> throw new IllegalArgumentException(target + ": unsupported patch operation " + op);
            }
        }
    }

    private static List<String> pointer(String pointer) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("Not a JSON pointer: " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode resolve(JsonNode node, List<String> path, String target) {
        JsonNode current = node;
        for (String token : path) {
            current = current.isArray() ? current.path(Integer.parseInt(token)) : current.path(token);
            if (current.isMissingNode()) {
                throw new IllegalArgumentException(target + ": no " + String.join("/", path));
            }
        }
        return current;
    }

    private static void set(JsonNode parent, String last, JsonNode value, boolean add, String target) {
        if (parent instanceof ObjectNode object) {
            if (!add && !object.has(last)) {
                throw new IllegalArgumentException(target + ": nothing to replace at " + last);
            }
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value);
            } else if (add) {
                array.insert(index(array, last, true, target), value);
            } else {
                array.set(index(array, last, false, target), value);
            }
        }
    }

    private static void remove(JsonNode parent, String last, String target) {
        if (parent instanceof ObjectNode object) {
            if (object.remove(last) == null) {
                throw new IllegalArgumentException(target + ": nothing to remove at " + last);
            }
        } else if (parent instanceof ArrayNode array) {
            array.remove(index(array, last, false, target));
        }
    }

    private static int index(ArrayNode array, String token, boolean add, String target) {
        int index = Integer.parseInt(token);
        if (index < 0 || index > array.size() || (!add && index == array.size())) {
            throw new IllegalArgumentException(target + ": index " + index + " out of bounds");
        }
        return index;
    }
}
