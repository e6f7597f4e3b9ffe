package org.maillage.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Real PostgreSQL and Kafka for {@code @QuarkusTest}s, without Docker:
 * {@code @QuarkusTestResource(LocalInfrastructureResource.class)}.
 * The static accessors let a test reach the same servers with JDBC or a Kafka client. Requests made with
 * RestAssured carry an admin identity token, as if they came through the gateway ({@link TestIdentity}).
 */
public class LocalInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private static final System.Logger LOG = System.getLogger(LocalInfrastructureResource.class.getName());

    private static volatile EmbeddedInfrastructure running;

    private EmbeddedInfrastructure infrastructure;

    @Override
    public Map<String, String> start() {
        try {
            infrastructure = EmbeddedInfrastructure.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL and Kafka", e);
        }
        running = infrastructure;
        LOG.log(System.Logger.Level.INFO, "Embedded PostgreSQL ({0}) and Kafka ({1}) ready in {2} ms",
                infrastructure.jdbcUrl(), infrastructure.kafkaBootstrapServers(),
                infrastructure.startupTime().toMillis());
        TestIdentity.installDefaultFilter();
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(),
                "quarkus.datasource.username", infrastructure.jdbcUsername(),
                "quarkus.datasource.password", infrastructure.jdbcPassword(),
                "kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers(),
                "maillage.identity.public-key", TestIdentity.publicKey());
    }

    @Override
    public void stop() {
        if (infrastructure == null) {
            return;
        }
        if (running == infrastructure) {
            running = null;
        }
        try {
            infrastructure.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop embedded PostgreSQL and Kafka", e);
        } finally {
            infrastructure = null;
        }
    }

    public static String kafkaBootstrapServers() {
        return current().kafkaBootstrapServers();
    }

    /** The broker, to stop and start again while the application keeps running. */
    public static InProcessKafka kafka() {
        return current().kafka();
    }

    public static String jdbcUrl() {
        return current().jdbcUrl();
    }

    public static String jdbcUsername() {
        return current().jdbcUsername();
    }

    public static String jdbcPassword() {
        return current().jdbcPassword();
    }

    private static EmbeddedInfrastructure current() {
        EmbeddedInfrastructure current = running;
        if (current == null) {
            throw new IllegalStateException("LocalInfrastructureResource is not started");
        }
        return current;
    }
}
