package org.maillage.vocabulary.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each event type's data schema against its baseline, the version partners were given (src/test/events-baseline).
 * A breaking change fails and cannot be accepted: publish the new shape under a new type (.v2) beside the old one.
 * A compatible change fails until accepted with {@code -Dmaillage.events.accept=true}, which rewrites the baseline
 * so that the next change is compared with what partners now have; retiring a type means deleting its baseline
 * file, on purpose.
 */
class EventSchemaBaselineTest {

    static final String ACCEPT_PROPERTY = "maillage.events.accept";
    private static final Path BASELINE = Path.of("src/test/events-baseline");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noSchemaChangedIncompatiblySinceTheBaseline() throws IOException {
        EventCatalogue catalogue = EventCatalogue.load();
        List<String> breaking = new ArrayList<>();
        List<String> additive = new ArrayList<>();
        try (Stream<Path> files = Files.list(BASELINE)) {
            files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(type -> catalogue.find(type).isEmpty())
                    .forEach(type -> breaking.add(type + ": no longer in the catalogue"));
        }
        for (EventCatalogue.EventType event : catalogue.types()) {
            Path file = BASELINE.resolve(event.type() + ".json");
            if (!Files.exists(file)) {
                additive.add(event.type() + ": new type");
                continue;
            }
            for (SchemaCompatibility.Difference difference : SchemaCompatibility.compare(JSON.readTree(file.toFile()),
                    event.dataSchema())) {
                (difference.breaking() ? breaking : additive).add(event.type() + ": " + difference);
            }
        }
        assertTrue(breaking.isEmpty(), "Changes that would break consumers; publish a new version of the type "
                + "(…v2) instead:\n" + String.join("\n", breaking));
        if (Boolean.getBoolean(ACCEPT_PROPERTY)) {
            for (EventCatalogue.EventType event : catalogue.types()) {
                String file = event.type() + ".json";
                Files.copy(EventSchemaFilesTest.SCHEMAS.resolve(file), BASELINE.resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        assertTrue(additive.isEmpty(), "Compatible changes not accepted yet; run the tests with -D" + ACCEPT_PROPERTY
                + "=true and commit " + BASELINE + ":\n" + String.join("\n", additive));
    }
}
