package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds components that several sources define differently under one name and gives each such definition a
 * name prefixed with its source, rewriting the source's references to match. Identical definitions (the
 * shared Problem schema, for instance) are kept once under their own name.
 */
final class ComponentRenames {

    private final List<ComponentClash> clashes;
    /** By source: "#/components/section/Old" → new name. */
    private final Map<String, Map<String, String>> renamesBySource;

    private ComponentRenames(List<ComponentClash> clashes, Map<String, Map<String, String>> renamesBySource) {
        this.clashes = List.copyOf(clashes);
        this.renamesBySource = renamesBySource;
    }

    static ComponentRenames detect(List<SourceDocument> sources) {
        Map<String, Map<String, JsonNode>> definitions = new TreeMap<>();
        for (SourceDocument source : sources) {
            source.document().path("components").properties().forEach(section ->
                    section.getValue().properties().forEach(component -> definitions
                            .computeIfAbsent(section.getKey() + "/" + component.getKey(), key -> new LinkedHashMap<>())
                            .put(source.name(), component.getValue())));
        }
        List<ComponentClash> clashes = new ArrayList<>();
        Map<String, Map<String, String>> renames = new HashMap<>();
        definitions.forEach((component, bySource) -> {
            if (new HashSet<>(bySource.values()).size() > 1) {
                String name = component.substring(component.indexOf('/') + 1);
                Map<String, String> renamedTo = new LinkedHashMap<>();
                bySource.keySet().forEach(source -> {
                    renamedTo.put(source, capitalize(source) + name);
                    renames.computeIfAbsent(source, key -> new HashMap<>())
                            .put("#/components/" + component, capitalize(source) + name);
                });
                clashes.add(new ComponentClash(component, renamedTo));
            }
        });
        return new ComponentRenames(clashes, renames);
    }

    List<ComponentClash> clashes() {
        return clashes;
    }

    /** A copy of the source's document with its clashing components renamed and references rewritten. */
    ObjectNode applyTo(SourceDocument source) {
        ObjectNode copy = source.document().deepCopy();
        Map<String, String> renames = renamesBySource.getOrDefault(source.name(), Map.of());
        renames.forEach((reference, newName) -> {
            String[] parts = reference.split("/");
            ObjectNode section = (ObjectNode) copy.path("components").path(parts[2]);
            section.set(newName, section.remove(parts[3]));
        });
        Map<String, String> references = new HashMap<>();
        renames.forEach((reference, newName) ->
                references.put(reference, reference.substring(0, reference.lastIndexOf('/') + 1) + newName));
        rewrite(copy, references);
        return copy;
    }

    /** References appear as "$ref" values and as discriminator mapping values: any equal string is rewritten. */
    private static void rewrite(JsonNode node, Map<String, String> references) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                String replacement = field.getValue().isTextual() ? references.get(field.getValue().asText()) : null;
                if (replacement != null) {
                    field.setValue(TextNode.valueOf(replacement));
                } else {
                    rewrite(field.getValue(), references);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String replacement = array.get(i).isTextual() ? references.get(array.get(i).asText()) : null;
                if (replacement != null) {
                    array.set(i, TextNode.valueOf(replacement));
                } else {
                    rewrite(array.get(i), references);
                }
            }
        }
    }

    private static String capitalize(String source) {
        return source.substring(0, 1).toUpperCase(Locale.ROOT) + source.substring(1);
    }
}
