package org.maillage.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;

/** Embedded PostgreSQL whose data directory survives restarts. */
final class PersistentPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PersistentPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PersistentPostgres start(Path dataDir, int port, Path logFile) throws StartupException {
        try {
            return new PersistentPostgres(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The embedded library's defaults suit throw-away test databases (fsync, synchronous_commit
                    // and full_page_writes off): kept data needs every acknowledged commit on disk, and pages whole
                    // after a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // The suite stops PostgreSQL itself, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .start());
        } catch (IOException | RuntimeException e) {
            throw new StartupException("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + "\n" + LogTail.of(logFile, 20), e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
