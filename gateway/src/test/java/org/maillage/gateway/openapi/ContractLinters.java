package org.maillage.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The contract linters pinned in deploy/contract (Spectral, the AsyncAPI CLI), installed with npm ci on first use
 * or when the lock file names one the folder does not have yet. Needs Node.js and npm.
 */
final class ContractLinters {

    static final Path FOLDER = Path.of("").toAbsolutePath().getParent().resolve("deploy/contract");
    private static final List<String> INSTALLED = List.of("node_modules/@stoplight/spectral-cli",
            "node_modules/@asyncapi/cli");

    private ContractLinters() {
    }

    static String bin(String name) throws IOException, InterruptedException {
        if (!INSTALLED.stream().allMatch(module -> Files.isDirectory(FOLDER.resolve(module)))) {
            Process install = builder(List.of("npm", "ci", "--no-audit", "--no-fund"), ProcessBuilder.Redirect.INHERIT)
                    .start();
            assertTrue(install.waitFor(600, TimeUnit.SECONDS), "npm ci timed out in " + FOLDER);
            assertEquals(0, install.exitValue(), "npm ci failed in " + FOLDER);
        }
        return FOLDER.resolve("node_modules/.bin").resolve(name).toString();
    }

    /** Runs a linter in the folder and returns what it printed; its exit status is not checked, the report says what failed. */
    static String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        return run(command, Map.of(), timeoutSeconds);
    }

    static String run(List<String> command, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        File output = File.createTempFile("contract-lint", ".out");
        try {
            ProcessBuilder builder = builder(command, ProcessBuilder.Redirect.to(output));
            builder.environment().putAll(environment);
            Process process = builder.start();
            assertTrue(process.waitFor(timeoutSeconds, TimeUnit.SECONDS), "timed out: " + command);
            return Files.readString(output.toPath(), StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }

    private static ProcessBuilder builder(List<String> command, ProcessBuilder.Redirect output) {
        return new ProcessBuilder(command).directory(FOLDER.toFile()).redirectOutput(output)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
    }
}
