package org.maillage.local;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A Kafka broker in a child JVM, keeping its topics in the data directory between runs. */
final class KafkaBroker {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx512m", "-Djava.awt.headless=true",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");

    private final Path home;
    private final Path logFile;
    private final Path runDir;
    private final int port;
    private final int controllerPort;
    private ManagedProcess process;

    KafkaBroker(Path home, Path logFile, Path runDir, int port, int controllerPort) {
        this.home = home;
        this.logFile = logFile;
        this.runDir = runDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts the broker without waiting for it; see {@link #awaitReady}. */
    ManagedProcess launch(StartupListener listener) throws StartupException {
        Path properties = home.resolve("server.properties");
        Path logDirs = home.resolve("logs");
        try {
            Files.createDirectories(logDirs);
            Files.writeString(properties, KafkaServerProperties.render(logDirs, port, controllerPort));
        } catch (IOException e) {
            throw new StartupException("Could not write " + properties + ": " + e.getMessage(), e);
        }
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            listener.notice("Formatting Kafka storage in " + logDirs + " (first start)");
            format(properties);
        }
        process = ManagedProcess.start("kafka", java("kafka.Kafka", properties.toString()), Map.of(), home, logFile,
                runDir);
        return process;
    }

    void awaitReady(BooleanSupplier cancelled) throws StartupException {
        try (KafkaProbe probe = new KafkaProbe(bootstrapServers())) {
            Readiness.await(process, READY_TIMEOUT, cancelled, probe);
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the broker cleanly (SIGTERM lets it close its logs), killing it if it takes too long. */
    void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    private void format(Path properties) throws StartupException {
        List<String> command = java("kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", properties.toString());
        try {
            Process formatter = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile())).start();
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                formatter.destroyForcibly();
                throw new StartupException("Could not format the Kafka storage in " + home + ".\n"
                        + LogTail.of(logFile, 20));
            }
        } catch (IOException e) {
            throw new StartupException("Could not run the Kafka storage tool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while formatting the Kafka storage", e);
        }
    }

    private static List<String> java(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(JavaCommand.QUICK_START_OPTIONS);
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", JavaCommand.classPath(), mainClass));
        command.addAll(List.of(arguments));
        return JavaCommand.of(command);
    }
}
