package org.maillage.local;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child process whose output goes to a log file and whose pid is recorded, so that a later run can
 * stop it if this JVM is killed before it could.
 */
final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;
    private volatile boolean stopRequested;

    private ManagedProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                Path workingDir, Path logFile, Path runDir) throws StartupException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new StartupException("Could not start " + name + ": " + e.getMessage(), e);
        }
        Path pidFile = runDir.resolve(name + ".pid");
        try {
            Files.writeString(pidFile, PidRecord.of(process.toHandle()).format());
        } catch (IOException e) {
            process.destroyForcibly();
            throw new StartupException("Could not record the pid of " + name + " in " + pidFile + ": "
                    + e.getMessage(), e);
        }
        return new ManagedProcess(name, process, logFile, pidFile);
    }

    /** Asks every process to stop (SIGTERM), waits up to {@code grace} in all, then kills those left. */
    static void stopAll(Collection<ManagedProcess> processes, Duration grace) {
        processes.forEach(ManagedProcess::requestStop);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ManagedProcess managed : processes) {
            managed.awaitExitOrKill(Math.max(0, deadline - System.nanoTime()));
        }
    }

    void stop(Duration grace) {
        stopAll(List.of(this), grace);
    }

    /** Kills the process at once (SIGKILL): no shutdown hook runs, nothing is flushed. */
    void kill() {
        stopRequested = true;
        process.destroyForcibly();
        awaitExitOrKill(TimeUnit.SECONDS.toNanos(10));
    }

    /** Runs {@code action} if the process ends without having been asked to stop. */
    void onUnexpectedExit(Consumer<ManagedProcess> action) {
        process.onExit().thenRun(() -> {
            if (!stopRequested) {
                action.accept(this);
            }
        });
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Path logFile() {
        return logFile;
    }

    private void requestStop() {
        stopRequested = true;
        process.destroy();
    }

    private void awaitExitOrKill(long nanos) {
        try {
            if (!process.waitFor(nanos, TimeUnit.NANOSECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // A pid file left behind is harmless: its start time no longer matches any live process.
        pidFile.toFile().delete();
    }
}
