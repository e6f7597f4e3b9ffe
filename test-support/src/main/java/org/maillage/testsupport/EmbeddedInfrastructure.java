package org.maillage.testsupport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** PostgreSQL and Kafka started side by side for one test run, without Quarkus. */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final TestPostgres postgres;
    private final InProcessKafka kafka;
    private final Duration startupTime;

    private EmbeddedInfrastructure(TestPostgres postgres, InProcessKafka kafka, Duration startupTime) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.startupTime = startupTime;
    }

    public static EmbeddedInfrastructure start() throws Exception {
        long began = System.nanoTime();
        CompletableFuture<TestPostgres> postgres = CompletableFuture.supplyAsync(EmbeddedInfrastructure::startPostgres);
        InProcessKafka kafka;
        try {
            kafka = InProcessKafka.start();
        } catch (Exception | Error e) {
            postgres.thenAccept(EmbeddedInfrastructure::closeQuietly);
            throw e;
        }
        try {
            return new EmbeddedInfrastructure(postgres.join(), kafka, Duration.ofNanos(System.nanoTime() - began));
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static TestPostgres startPostgres() {
        try {
            return TestPostgres.start();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private static void closeQuietly(TestPostgres postgres) {
        try {
            postgres.close();
        } catch (Exception e) {
            System.getLogger(EmbeddedInfrastructure.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not stop embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String jdbcUsername() {
        return TestPostgres.USERNAME;
    }

    public String jdbcPassword() {
        return TestPostgres.PASSWORD;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public InProcessKafka kafka() {
        return kafka;
    }

    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public void close() throws Exception {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
