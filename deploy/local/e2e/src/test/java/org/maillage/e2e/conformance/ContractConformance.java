package org.maillage.e2e.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Checks answers of the running suite against the merged contract: the status is one the operation documents
 * (matched by method and path template), the media type one that status documents, and the body validates
 * against its schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Records which operations were seen
 * succeeding and refusing, so that a run can tell which ones it never exercised.
 */
public final class ContractConformance {

    /** Where the contract is loaded from, for the schema registry to resolve its internal references. */
    private static final String BASE = "https://contract.maillage.org/openapi.json";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode contract;
    private final List<Template> templates = new ArrayList<>();
    private final JsonSchemaFactory registry;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final Map<String, Coverage> coverage = new TreeMap<>();
    private final ConcurrentLinkedQueue<Violation> violations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger checked = new AtomicInteger();
    private final AtomicInteger unmatched = new AtomicInteger();

    /** An operation of the contract, with the pattern its path template matches. */
    private record Template(String method, String path, Pattern pattern, int literalLength) {
        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /** How often an operation was seen succeeding (2xx) and refusing (4xx). */
    public static final class Coverage {
        private final AtomicInteger successes = new AtomicInteger();
        private final AtomicInteger refusals = new AtomicInteger();
        private final Map<Integer, String> failures = new ConcurrentHashMap<>();

        /**
         * The first answer of each status that was not a success, to tell why an operation was never seen
         * succeeding.
         */
        public Map<Integer, String> failures() {
            return new TreeMap<>(failures);
        }

        public int successes() {
            return successes.get();
        }

        public int refusals() {
            return refusals.get();
        }
    }

    /** One answer that breaks the contract: what kind of breach, on which call, and how. */
    public record Violation(String kind, String call, String detail) {
        @Override
        public String toString() {
            return kind + ": " + call + " — " + detail;
        }
    }

    public ContractConformance(Path contractFile) {
        try {
            String text = Files.readString(contractFile);
            contract = JSON.readTree(text);
            registry = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contract.path("paths").properties().forEach(path -> METHODS.forEach(method -> {
            if (path.getValue().has(method)) {
                String regex = "^" + path.getKey().replaceAll("\\{[^}/]+}", "[^/]+") + "$";
                templates.add(new Template(method, path.getKey(), Pattern.compile(regex),
                        path.getKey().replaceAll("\\{[^}/]+}", "").length()));
                coverage.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), new Coverage());
            }
        }));
    }

    /** Checks one answer; a request that matches no operation of the contract is only counted. */
    public void check(String method, String rawPath, int status, String contentType, byte[] body) {
        Optional<Template> operation = operationOf(method, rawPath);
        if (operation.isEmpty()) {
            unmatched.incrementAndGet();
            return;
        }
        checked.incrementAndGet();
        Template template = operation.get();
        String call = template.key() + " → " + status;
        Coverage seen = coverage.get(template.key());
        if (status >= 200 && status < 300) {
            seen.successes.incrementAndGet();
        } else {
            if (status >= 400 && status < 500) {
                seen.refusals.incrementAndGet();
            }
            seen.failures.computeIfAbsent(status, any -> {
                String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
                return text.length() <= 300 ? text : text.substring(0, 300) + "…";
            });
        }
        String pointer = "/paths/" + escape(template.path()) + "/" + template.method() + "/responses/" + status;
        JsonNode response = contract.at(pointer);
        if (response.isMissingNode()) {
            violations.add(new Violation("undocumented status", call, rawPath));
            return;
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = contract.at(pointer);
        }
        JsonNode content = response.path("content");
        boolean empty = body == null || body.length == 0;
        if (empty || status == 204) {
            if (!empty) {
                violations.add(new Violation("body where none is documented", call, contentType));
            } else if (!content.isMissingNode() && !content.isEmpty() && status != 204) {
                violations.add(new Violation("missing body", call, "documented: " + names(content)));
            }
            return;
        }
        String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!content.has(media)) {
            violations.add(new Violation("undocumented content type", call, "'" + media + "', documented: "
                    + names(content)));
            return;
        }
        if (!media.endsWith("json")) {
            return;
        }
        JsonNode document;
        try {
            document = JSON.readTree(body);
        } catch (IOException e) {
            violations.add(new Violation("not JSON", call, e.getMessage()));
            return;
        }
        String schemaPointer = pointer + "/content/" + escape(media) + "/schema";
        JsonSchema schema = schemas.computeIfAbsent(schemaPointer, location -> registry.getSchema(
                SchemaLocation.of(BASE.replace("openapi.json", "responses/" + schemas.size())),
                absoluteRefs(contract.at(location))));
        Set<ValidationMessage> errors = schema.validate(document);
        if (!errors.isEmpty()) {
            violations.add(new Violation("invalid body", call, errors.stream().limit(5).map(ValidationMessage::toString)
                    .toList() + " in " + abbreviated(document)));
        }
    }

    /** The operation a request was for: of the templates matching its path, the most literal one. */
    private Optional<Template> operationOf(String method, String path) {
        return templates.stream()
                .filter(template -> template.method().equalsIgnoreCase(method) && template.pattern().matcher(path).matches())
                .max((a, b) -> Integer.compare(a.literalLength(), b.literalLength()));
    }

    public Map<String, Coverage> coverage() {
        return coverage;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public int checked() {
        return checked.get();
    }

    public int unmatched() {
        return unmatched.get();
    }

    /** The operations of the contract, as "METHOD /path/template". */
    public List<String> operations() {
        return templates.stream().map(Template::key).toList();
    }

    /**
     * The schema with its references made absolute, so that it resolves them in the contract: a JSON pointer to
     * an inline schema would have to name path templates, whose braces a URI fragment does not allow.
     */
    private static JsonNode absoluteRefs(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        rewriteRefs(copy);
        return copy;
    }

    private static void rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                object.put("$ref", BASE + ref.asText());
            }
            object.forEach(ContractConformance::rewriteRefs);
        } else if (node.isArray()) {
            node.forEach(ContractConformance::rewriteRefs);
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviated(JsonNode document) {
        String text = document.toString();
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
