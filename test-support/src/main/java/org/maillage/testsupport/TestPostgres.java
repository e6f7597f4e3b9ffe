package org.maillage.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throw-away PostgreSQL server on a free port, its data deleted when closed. */
public final class TestPostgres implements AutoCloseable {

    public static final String USERNAME = "postgres";
    /** The server trusts local connections: any password is accepted. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private TestPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server; its own log goes to {@code postgres-<port>.log} under {@code java.io.tmpdir}. */
    public static TestPostgres start() throws IOException {
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path log = Files.createTempFile(tmp, "postgres-", ".log");
        return new TestPostgres(EmbeddedPostgres.builder()
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .start());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
