package org.maillage.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Strategic-merge patches as kustomize applies them: mappings merge, null removes a field, and lists of the
 * built-in kinds with a merge key (containers, env, volumes…) merge item by item on that key while other lists
 * are replaced. Custom resources have no merge keys: their patches merge as JSON merge patches (RFC 7386).
 */
final class StrategicMerge {

    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "policy", "autoscaling",
            "networking.k8s.io");
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name",
            "env", "name", "volumes", "name", "volumeMounts", "mountPath", "imagePullSecrets", "name");

    private StrategicMerge() {
    }

    static boolean isBuiltIn(String group) {
        return BUILT_IN_GROUPS.contains(group);
    }

    static void apply(ObjectNode target, JsonNode patch, boolean builtIn) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode change = field.getValue();
            JsonNode current = target.get(name);
            if (change.isNull()) {
                target.remove(name);
            } else if (change.isObject() && current instanceof ObjectNode object) {
                apply(object, change, builtIn);
            } else if (builtIn && change.isArray() && current instanceof ArrayNode list && MERGE_KEYS.containsKey(name)) {
                mergeList(list, (ArrayNode) change, MERGE_KEYS.get(name));
            } else {
                target.set(name, change.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode change, String key) {
        for (JsonNode item : change) {
            ObjectNode existing = null;
            for (JsonNode candidate : current) {
                if (candidate.path(key).equals(item.path(key))) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                current.add(item.deepCopy());
            } else {
                apply(existing, item, true);
            }
        }
    }
}
