package org.maillage.local;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stops what a previous run left behind when it was killed (kill -9) before it could stop its children:
 * they would hold the ports and the PostgreSQL data directory. Only called while holding the instance lock.
 */
final class LeftoverProcesses {

    private LeftoverProcesses() {
    }

    static void stop(Path runDir, Path postgresDataDir, StartupListener listener) throws StartupException {
        try {
            if (Files.isDirectory(runDir)) {
                try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(runDir, "*.pid")) {
                    for (Path pidFile : pidFiles) {
                        String name = pidFile.getFileName().toString().replaceFirst("\\.pid$", "");
                        PidRecord.parse(Files.readString(pidFile)).flatMap(PidRecord::liveProcess)
                                .ifPresent(process -> terminate(name, process, listener));
                        Files.delete(pidFile);
                    }
                }
            }
            postmaster(postgresDataDir).ifPresent(process -> terminate("PostgreSQL", process, listener));
        } catch (IOException e) {
            throw new StartupException("Could not check for processes left by a previous run in " + runDir
                    + ": " + e.getMessage(), e);
        }
    }

    /** The PostgreSQL server still running on this data directory, from the pid PostgreSQL itself wrote. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void terminate(String name, ProcessHandle process, StartupListener listener) {
        listener.notice("Stopping " + name + " (pid " + process.pid() + ") left running by a previous run");
        process.destroy();
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
