package org.maillage.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link LocalSuite} starts and where. PostgreSQL and Kafka are embedded unless an external
 * endpoint is given. {@code durable} keeps the embedded PostgreSQL's acknowledged commits through a crash;
 * {@code serviceEnvironment} is added to the environment of every service and of the gateway.
 */
public record SuiteConfig(Path repoRoot, Path dataDir, boolean fresh, boolean infrastructureOnly, Ports ports,
                          Optional<PostgresEndpoint> externalPostgres, Optional<String> externalKafka,
                          boolean durable, Map<String, String> serviceEnvironment) {

    public SuiteConfig {
        serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    public static SuiteConfig defaults(Path repoRoot) {
        return new SuiteConfig(repoRoot, repoRoot.resolve(".local-data"), false, false, Ports.defaults(),
                Optional.empty(), Optional.empty(), true, Map.of());
    }

    public SuiteConfig withDataDir(Path dataDir) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka,
                durable, serviceEnvironment);
    }

    /** Whether to delete the data directory's content (databases, topics, logs) before starting. */
    public SuiteConfig withFresh(boolean fresh) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka,
                durable, serviceEnvironment);
    }

    /** Whether to start PostgreSQL and Kafka only, without the services. */
    public SuiteConfig withInfrastructureOnly(boolean infrastructureOnly) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka,
                durable, serviceEnvironment);
    }

    public SuiteConfig withPorts(Ports ports) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka,
                durable, serviceEnvironment);
    }

    public SuiteConfig withExternalPostgres(PostgresEndpoint endpoint) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, Optional.of(endpoint),
                externalKafka, durable, serviceEnvironment);
    }

    public SuiteConfig withExternalKafka(String bootstrapServers) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres,
                Optional.of(bootstrapServers), durable, serviceEnvironment);
    }

    /**
     * Whether the embedded PostgreSQL flushes every commit to disk (fsync, synchronous_commit, full_page_writes):
     * off, it is faster, and a crash or a power loss may lose acknowledged writes or corrupt its data.
     */
    public SuiteConfig withDurable(boolean durable) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka,
                durable, serviceEnvironment);
    }

    /** Settings for every service and the gateway, as environment variables; they win over the launcher's own. */
    public SuiteConfig withServiceEnvironment(Map<String, String> serviceEnvironment) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka,
                durable, serviceEnvironment);
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** Where the pid of every process the suite starts is kept, to clean up after a killed run. */
    Path runDir() {
        return dataDir.resolve("run");
    }
}
