package org.maillage.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Embedded PostgreSQL whose data directory survives restarts. */
final class PersistentPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private PersistentPostgres(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** @param durable whether every acknowledged commit is on disk before it is acknowledged (see below) */
    static PersistentPostgres start(Path dataDir, int port, Path logFile, boolean durable) throws StartupException {
        String durability = durable ? "on" : "off";
        try {
            return new PersistentPostgres(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The embedded library's defaults suit throw-away test databases (fsync, synchronous_commit
                    // and full_page_writes off): kept data needs every acknowledged commit on disk, and pages whole
                    // after a crash. deploy/local/start --fast goes back to those defaults, for speed.
                    .setServerConfig("fsync", durability)
                    .setServerConfig("synchronous_commit", durability)
                    .setServerConfig("full_page_writes", durability)
                    // The suite stops PostgreSQL itself, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .start(), dataDir);
        } catch (IOException | RuntimeException e) {
            throw new StartupException("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + "\n" + LogTail.of(logFile, 20), e);
        }
    }

    /**
     * Kills the server and its backends at once (SIGKILL), as a crash would: nothing is flushed or shut down.
     * {@link #close()} then only releases the data directory, for a new server to recover it.
     */
    void killForcibly() throws IOException, InterruptedException {
        // pg_ctl started the server in the background: its pid is the first line of postmaster.pid.
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL (pid " + pid + ") is not running"));
        // Listed first: once the postmaster is gone, its backends are no longer its descendants.
        List<ProcessHandle> processes = new ArrayList<>(List.of(postmaster));
        postmaster.descendants().forEach(processes::add);
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("PostgreSQL process " + process.pid() + " did not die", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
