package org.maillage.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Lints the committed suite contract with Spectral (spectral:oas and the OWASP API security ruleset, as set in
 * deploy/contract/.spectral.yaml). Any error fails, except those still listed in deploy/contract/known-errors.txt
 * (work in progress, which may only shrink: an entry that no longer occurs fails too, so the list is kept
 * exact). Warnings are printed, and the README says why each remains. Needs Node.js and npm (see
 * {@link ContractLinters}).
 */
class ContractLintTest {

    private static final String KNOWN_ERRORS = "known-errors.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSuiteContractHasNoLintErrors() throws Exception {
        String report = ContractLinters.run(List.of(ContractLinters.bin("spectral"), "lint",
                "--ruleset", ".spectral.yaml", "--format", "json", "--quiet", "--fail-severity", "error",
                SuiteContractTest.COMMITTED.toAbsolutePath().toString()), 300);
        JsonNode results = JSON.readTree(report.substring(Math.max(0, report.indexOf('['))));
        Set<String> known = knownErrors();
        Set<String> seen = new TreeSet<>();
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        results.forEach(result -> {
            String key = result.path("code").asText() + " " + pointer(result.path("path"));
            if (result.path("severity").asInt() == 0) {
                seen.add(key);
                if (!known.contains(key)) {
                    errors.add(key + ": " + result.path("message").asText());
                }
            } else {
                warnings.merge(result.path("code").asText(), 1, Integer::sum);
            }
        });
        System.out.println("[contract lint] warnings by rule: " + warnings);
        System.out.println("[contract lint] known errors still to fix: " + known.size());
        assertTrue(errors.isEmpty(), errors.size() + " lint errors:\n" + String.join("\n", errors));
        List<String> fixed = known.stream().filter(key -> !seen.contains(key)).toList();
        assertTrue(fixed.isEmpty(), "Fixed, remove from " + KNOWN_ERRORS + ":\n" + String.join("\n", fixed));
    }

    private static Set<String> knownErrors() throws IOException {
        Path file = ContractLinters.FOLDER.resolve(KNOWN_ERRORS);
        if (!Files.exists(file)) {
            return Set.of();
        }
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String pointer(JsonNode path) {
        StringBuilder pointer = new StringBuilder("#");
        path.forEach(segment -> pointer.append('/').append(segment.asText().replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }
}
