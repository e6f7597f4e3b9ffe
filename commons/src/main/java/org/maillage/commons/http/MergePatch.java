package org.maillage.commons.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON Merge Patch (RFC 7396): an object patch sets its members, null deletes one, nested objects merge,
 * anything else (arrays included) replaces the target whole.
 */
public final class MergePatch {

    /** Media type a PATCH operation consumes. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** Applies the patch to a copy of the target; neither argument is modified. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch == null ? null : patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    /** The top-level member names a patch touches: what an "updated" event may report as changed. */
    public static Set<String> touchedFields(JsonNode patch) {
        Set<String> names = new TreeSet<>();
        if (patch != null && patch.isObject()) {
            patch.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
