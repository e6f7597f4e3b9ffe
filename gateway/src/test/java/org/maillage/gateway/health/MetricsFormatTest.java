package org.maillage.gateway.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.Scrapes;

/**
 * /q/metrics read by a Prometheus text-format parser independent of the suite (deploy/metrics, pinned there),
 * and the suite's own metrics held to Prometheus' naming rules. Needs Node.js and npm.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class MetricsFormatTest {

    private static final Path FOLDER = Path.of("").toAbsolutePath().getParent().resolve("deploy/metrics");
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    /** Base units only: seconds and bytes, never milliseconds or kilobytes. */
    private static final Pattern NON_BASE_UNIT = Pattern.compile(".*_(milliseconds|millis|ms|minutes|hours|kilobytes|megabytes)(_.*)?");

    @Test
    void theScrapeParsesAndTheSuitesMetricsFollowPrometheusNaming() throws Exception {
        given().get("/api/v1/actors/inspect").then().statusCode(401);
        Map<String, JsonNode> families = parse(Scrapes.metrics());

        Map<String, String> expected = Map.of(
                "maillage_outbox_pending_events", "GAUGE",
                "maillage_outbox_published_events_total", "COUNTER",
                "maillage_consumer_lag_records", "GAUGE",
                "maillage_webhook_pending_deliveries", "GAUGE",
                "maillage_webhook_attempts_total", "COUNTER",
                "maillage_gateway_rate_limit_refusals_total", "COUNTER",
                "maillage_gateway_key_cache_lookups_total", "COUNTER",
                "resilience4j_circuitbreaker_state", "GAUGE",
                "http_server_requests_seconds", "SUMMARY");
        expected.forEach((name, type) -> {
            assertTrue(families.containsKey(name), name + " missing from " + families.keySet());
            assertEquals(type, families.get(name).path("type").asText(), name);
        });
        Set<String> circuits = new TreeSet<>();
        families.get("resilience4j_circuitbreaker_state").path("metrics")
                .forEach(sample -> circuits.add(sample.path("labels").path("name").asText()));
        assertEquals(Set.of("actors", "alliances", "diagnostics"), circuits, "one circuit per service");

        families.forEach((name, family) -> {
            if (!name.startsWith("maillage_")) {
                return;
            }
            assertTrue(METRIC_NAME.matcher(name).matches(), name);
            assertFalse(NON_BASE_UNIT.matcher(name).matches(), name + " is not in a base unit");
            assertEquals("COUNTER".equals(family.path("type").asText()), name.endsWith("_total"),
                    name + ": counters, and only they, end in _total");
            assertFalse(family.path("help").asText().isBlank(), name + " says what it measures");
            for (JsonNode sample : family.path("metrics")) {
                sample.path("labels").fieldNames().forEachRemaining(label -> assertTrue(
                        LABEL_NAME.matcher(label).matches() && !label.startsWith("__"), name + " label " + label));
            }
        });
    }

    private static Map<String, JsonNode> parse(String exposition) throws Exception {
        if (!Files.isDirectory(FOLDER.resolve("node_modules/parse-prometheus-text-format"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), null, 300);
        }
        File scrape = File.createTempFile("scrape", ".txt");
        try {
            Files.writeString(scrape.toPath(), exposition, StandardCharsets.UTF_8);
            JsonNode parsed = new ObjectMapper().readTree(run(List.of("node", "parse.js"), scrape, 60));
            Map<String, JsonNode> families = new HashMap<>();
            parsed.forEach(family -> families.put(family.path("name").asText(), family));
            return families;
        } finally {
            Files.deleteIfExists(scrape.toPath());
        }
    }

    private static String run(List<String> command, File input, long timeoutSeconds) throws Exception {
        File output = File.createTempFile("metrics-check", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(FOLDER.toFile())
                    .redirectOutput(output).redirectError(ProcessBuilder.Redirect.INHERIT);
            if (input != null) {
                builder.redirectInput(input);
            }
            Process process = builder.start();
            assertTrue(process.waitFor(timeoutSeconds, TimeUnit.SECONDS), "timed out: " + command);
            assertEquals(0, process.exitValue(), command + " failed");
            return Files.readString(output.toPath(), StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }
}
