package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Folds the documents of the gateway and the services into one OpenAPI document for the whole suite. */
final class OpenApiMerger {

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEFAULT_OPENAPI_VERSION = "3.1.0";

    private final DocumentInfo info;

    OpenApiMerger(DocumentInfo info) {
        this.info = info;
    }

    /** Sources come first-listed-wins for tags; paths and components never overwrite each other. */
    MergedOpenApi merge(List<SourceDocument> sources, List<UnavailableSource> unavailable) {
        ComponentRenames renames = ComponentRenames.detect(sources);
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", sources.stream().map(source -> source.document().path("openapi").asText(""))
                .filter(version -> !version.isEmpty()).findFirst().orElse(DEFAULT_OPENAPI_VERSION));
        merged.set("info", info(unavailable));
        // The gateway is the public entry: its server is for outside callers (x-internal false).
        merged.putArray("servers").addObject().put("url", info.serverUrl())
                .put("description", info.serverDescription()).put("x-internal", false);
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Set<String> tagNames = new HashSet<>();
        for (SourceDocument source : sources) {
            ObjectNode document = renames.applyTo(source);
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
            addAll(paths, document.path("paths"), source.name() + " path ");
            document.path("components").properties().forEach(section -> addAll(
                    components.withObjectProperty(section.getKey()), section.getValue(), source.name() + " component "));
        }
        if (!renames.clashes().isEmpty()) {
            renames.clashes().forEach(clash -> LOG.warnf("Component %s is defined differently by %s; renamed %s",
                    clash.component(), clash.renamedTo().keySet(), clash.renamedTo()));
            ArrayNode report = merged.putArray("x-maillage-clashes");
            renames.clashes().forEach(clash -> {
                ObjectNode renamedTo = report.addObject().put("component", clash.component()).putObject("renamedTo");
                clash.renamedTo().forEach(renamedTo::put);
            });
        }
        if (!unavailable.isEmpty()) {
            ArrayNode report = merged.putArray("x-maillage-degraded");
            unavailable.forEach(source -> report.addObject()
                    .put("service", source.service()).put("reason", source.reason()));
        }
        return new MergedOpenApi(merged, unavailable);
    }

    private ObjectNode info(List<UnavailableSource> unavailable) {
        ObjectNode node = NODES.objectNode().put("title", info.title()).put("version", info.version());
        String description = info.description();
        if (!unavailable.isEmpty()) {
            // Swagger UI does not show extensions, so a reader of the page is told here what is missing.
            description += "\n\nIncomplete right now, missing: " + unavailable.stream()
                    .map(source -> source.service() + " (" + source.reason() + ")")
                    .collect(Collectors.joining(", ")) + ".";
        }
        return node.put("description", description);
    }

    /** Identical entries are kept once; a different entry under a taken name is a routing mistake, logged. */
    private static void addAll(ObjectNode target, JsonNode entries, String what) {
        entries.properties().forEach(entry -> {
            JsonNode existing = target.get(entry.getKey());
            if (existing == null) {
                target.set(entry.getKey(), entry.getValue());
            } else if (!existing.equals(entry.getValue())) {
                LOG.errorf("Ignoring %s%s: another source already documents it", what, entry.getKey());
            }
        });
    }
}
