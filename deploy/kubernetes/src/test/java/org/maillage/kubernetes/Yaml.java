package org.maillage.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Multi-document YAML files read as Jackson trees. */
final class Yaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    static List<Manifest> manifests(Path file, Path root) {
        String source = root.relativize(file).toString();
        List<Manifest> manifests = new ArrayList<>();
        for (JsonNode document : documents(file)) {
            if (!(document instanceof ObjectNode object)) {
                throw new IllegalArgumentException(source + ": a document is not a mapping: " + document);
            }
            manifests.add(new Manifest(object, source));
        }
        return manifests;
    }

    static ObjectNode single(Path file) {
        List<JsonNode> documents = documents(file);
        if (documents.size() != 1 || !(documents.get(0) instanceof ObjectNode object)) {
            throw new IllegalArgumentException(file + " must hold exactly one mapping");
        }
        return object;
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> documents(Path file) {
        try (YAMLParser parser = (YAMLParser) MAPPER.getFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            for (JsonNode document : MAPPER.readValues(parser, JsonNode.class).readAll()) {
                if (document != null && !document.isMissingNode() && !document.isNull()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
