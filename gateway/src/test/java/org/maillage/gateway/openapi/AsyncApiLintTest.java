package org.maillage.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Validates the committed AsyncAPI document with the AsyncAPI CLI pinned in deploy/contract: no error may appear;
 * warnings are printed by rule. The document stays at AsyncAPI 3.0.0, so the CLI's hint to move to 3.1.0 remains.
 */
class AsyncApiLintTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEventsDocumentIsValidAsyncApi() throws Exception {
        // The CLI's usage metrics stay off, and its settings out of the user's home.
        Path settings = Files.writeString(Path.of("target/asyncapi-cli-settings.json"),
                "{\"analyticsEnabled\":\"false\",\"infoMessageShown\":\"true\",\"userID\":\"maillage-build\"}");
        String report = ContractLinters.run(List.of(ContractLinters.bin("asyncapi"), "validate",
                        AsyncApiContractTest.COMMITTED.toAbsolutePath().toString(), "--diagnostics-format", "json",
                        "--fail-severity", "error"),
                Map.of("ASYNCAPI_METRICS_CONFIG_PATH", settings.toAbsolutePath().toString()), 300);
        int start = report.indexOf('[');
        assertTrue(start >= 0, "no diagnostics in the validator's report:\n" + report);
        JsonNode diagnostics = JSON.readTree(report.substring(start, report.lastIndexOf(']') + 1));
        List<String> errors = new ArrayList<>();
        Map<String, Integer> others = new TreeMap<>();
        diagnostics.forEach(diagnostic -> {
            if (diagnostic.path("severity").asInt() == 0) {
                errors.add(diagnostic.path("code").asText() + " " + diagnostic.path("path") + ": "
                        + diagnostic.path("message").asText());
            } else {
                others.merge(diagnostic.path("code").asText(), 1, Integer::sum);
            }
        });
        System.out.println("[asyncapi validate] warnings and hints by rule: " + others);
        assertTrue(errors.isEmpty(), errors.size() + " errors:\n" + String.join("\n", errors));
    }
}
