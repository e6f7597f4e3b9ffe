package org.maillage.vocabulary.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventSchemaFilesTest {

    static final Path SCHEMAS = Path.of("src/main/resources").resolve(EventCatalogue.RESOURCES);
    private static final EventCatalogue CATALOGUE = EventCatalogue.load();

    @Test
    void everySchemaFileIsInTheCatalogueOnce() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(SCHEMAS)) {
            files = list.map(path -> path.getFileName().toString()).filter(name -> !name.equals("catalogue.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> listed = CATALOGUE.types().stream().map(EventCatalogue.EventType::type).sorted().toList();
        assertEquals(List.copyOf(files), listed);
        assertEquals(listed.size(), Set.copyOf(listed).size(), "a type is listed twice");
    }

    @Test
    void everyTypeIsNamedByEntityVerbAndVersion() {
        CATALOGUE.types().forEach(event -> assertTrue(
                event.type().matches("org\\.maillage\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*"), event.type()));
    }

    @Test
    void everySchemaIsAValid202012SchemaNamedByItsType() {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012));
        List<String> problems = new ArrayList<>();
        for (EventCatalogue.EventType event : CATALOGUE.types()) {
            JsonNode schema = event.dataSchema();
            Set<ValidationMessage> errors = metaSchema.validate(schema);
            errors.forEach(error -> problems.add(event.type() + ": " + error.getMessage()));
            if (!schema.path("$schema").asText().equals(SchemaId.V202012)
                    || !schema.path("$id").asText().endsWith("/" + event.type() + ".json")
                    || !schema.path("title").asText().equals(event.type())
                    || event.description().isBlank()) {
                problems.add(event.type() + ": $schema, $id, title or description do not name it");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyObjectNamesAllItsPropertiesAndEveryPropertyIsDescribed() {
        List<String> problems = new ArrayList<>();
        CATALOGUE.types().forEach(event -> checkObjects(event.type(), event.dataSchema(), problems));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** additionalProperties false everywhere, so that an event carrying an undocumented field fails validation. */
    private static void checkObjects(String at, JsonNode schema, List<String> problems) {
        if (schema.path("type").asText().equals("object")) {
            if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
                problems.add(at + ": additionalProperties is not false");
            }
            schema.path("required").forEach(name -> {
                if (!schema.path("properties").has(name.asText())) {
                    problems.add(at + ": requires " + name.asText() + ", which it does not describe");
                }
            });
            schema.path("properties").properties().forEach(property -> {
                if (property.getValue().path("description").asText().isBlank()) {
                    problems.add(at + "/" + property.getKey() + ": no description");
                }
                checkObjects(at + "/" + property.getKey(), property.getValue(), problems);
            });
        }
        if (schema.has("items")) {
            checkObjects(at + "[]", schema.get("items"), problems);
        }
    }
}
