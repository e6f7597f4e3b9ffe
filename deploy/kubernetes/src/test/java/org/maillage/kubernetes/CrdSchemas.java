package org.maillage.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Custom resources checked against the openAPIV3Schema of their operator's CRD (schemas/, see its README).
 * The API server prunes unknown fields of structural schemas silently; here an object schema that lists its
 * properties and neither preserves unknown fields nor states additionalProperties admits no others, so a
 * misspelt field fails instead of vanishing on apply.
 */
final class CrdSchemas {

    private final Path directory;
    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    CrdSchemas(Path directory) {
        this.directory = directory;
    }

    /** {@code kafka.strimzi.io_v1_Kafka.json}: group, version and kind of the resources it validates. */
    static String fileName(Manifest manifest) {
        return manifest.apiVersion().replace('/', '_') + "_" + manifest.kind() + ".json";
    }

    List<String> problems(Manifest manifest) {
        if (!Files.isRegularFile(directory.resolve(fileName(manifest)))) {
            return List.of(manifest + ": no schema " + directory.getFileName() + "/" + fileName(manifest));
        }
        return validate(manifest).stream().map(ValidationMessage::getMessage)
                .map(message -> manifest + ": " + message).toList();
    }

    Set<ValidationMessage> validate(Manifest manifest) {
        Path file = directory.resolve(fileName(manifest));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(manifest + ": no schema " + fileName(manifest));
        }
        return schemas.computeIfAbsent(fileName(manifest), name -> load(file)).validate(manifest.body());
    }

    private JsonSchema load(Path file) {
        try {
            JsonNode schema = new ObjectMapper().readTree(file.toFile());
            closeObjects(schema);
            return factory.getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void closeObjects(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                closeObjects(children.next());
            }
        } else if (schema != null && schema.isArray()) {
            schema.forEach(CrdSchemas::closeObjects);
        }
    }
}
