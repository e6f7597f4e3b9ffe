package org.maillage.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a service's committed OpenAPI contract and its generated one equal, so that every contract change
 * is deliberate. Run the tests with {@code -Dmaillage.openapi.update=true} to accept the generated one.
 */
public final class OpenApiContract {

    public static final String UPDATE_PROPERTY = "maillage.openapi.update";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private OpenApiContract() {
    }

    /** Fails with a readable message when the generated contract differs from the committed file. */
    public static void assertUnchanged(String generatedJson, Path committed) {
        String generated = normalise(generatedJson);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, generated);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed contract at " + committed + "; run the tests with -D"
                        + UPDATE_PROPERTY + "=true to write it, review it, and commit it");
            }
            String expected = normalise(Files.readString(committed));
            if (!expected.equals(generated)) {
                throw new AssertionError("The OpenAPI contract changed (" + firstDifference(expected, generated)
                        + "). If the change is deliberate, run the tests with -D" + UPDATE_PROPERTY
                        + "=true and commit " + committed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalise(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            return JSON.writeValueAsString(JSON.treeToValue(tree, Object.class)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON OpenAPI document", e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n");
        String[] b = actual.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + ": committed `" + a[i].strip() + "`, generated `" + b[i].strip() + "`";
            }
        }
        return "committed has " + a.length + " lines, generated " + b.length;
    }
}
