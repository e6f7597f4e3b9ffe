package org.maillage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A front end's scenario written in TypeScript against the client generated from the committed suite contract
 * (deploy/client-ts: openapi-typescript for the types, openapi-fetch at run time), type-checked strictly and run
 * with Node.js against the packaged suite. A contract change that breaks the typed client fails here. Needs
 * Node.js and npm: the pinned packages are installed with npm ci when the lock file is newer than them.
 */
@ExtendWith(SharedSuite.class)
class TypeScriptClientTest {

    private static final Path CLIENT = Path.of("").toAbsolutePath().resolve("../../client-ts").normalize();

    @Test
    void aFrontEndRunsItsScenarioThroughTheGeneratedTypeScriptClient() throws Exception {
        if (packagesAreStale()) {
            npm(Map.of(), 600, "ci", "--no-audit", "--no-fund");
        }
        npm(Map.of(), 120, "run", "generate");
        npm(Map.of(), 300, "run", "build");
        String output = npm(Map.of(
                "MAILLAGE_GATEWAY_URL", SharedSuite.suite().gatewayUrl().toString(),
                "MAILLAGE_ADMIN_API_KEY", SharedSuite.suite().adminApiKey()), 300, "run", "scenario");
        System.out.print(output);
        assertTrue(output.contains("[ts-client] scenario passed"), "the scenario did not run to its end:\n" + output);
    }

    /** npm ci records what it installed in node_modules/.package-lock.json. */
    private static boolean packagesAreStale() throws IOException {
        Path installed = CLIENT.resolve("node_modules/.package-lock.json");
        return !Files.exists(installed) || Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(CLIENT.resolve("package-lock.json"))) < 0;
    }

    /** Runs npm in the client's folder; fails with the command's output unless it exits with 0 in time. */
    private static String npm(Map<String, String> environment, long timeoutSeconds, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("npm", "--silent"));
        command.addAll(List.of(arguments));
        File output = File.createTempFile("client-ts", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT.toFile())
                    .redirectErrorStream(true).redirectOutput(output);
            builder.environment().putAll(environment);
            builder.environment().put("NO_COLOR", "1");
            Process process = builder.start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String printed = Files.readString(output.toPath(), StandardCharsets.UTF_8);
            assertTrue(finished, String.join(" ", command) + " timed out after " + timeoutSeconds + " s:\n" + printed);
            assertEquals(0, process.exitValue(), String.join(" ", command) + " failed in " + CLIENT + ":\n" + printed);
            return printed;
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }
}
