package org.maillage.local;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link LocalSuite} starts and where. PostgreSQL and Kafka are embedded unless an external
 * endpoint is given.
 */
public record SuiteConfig(Path repoRoot, Path dataDir, boolean fresh, boolean infrastructureOnly, Ports ports,
                          Optional<PostgresEndpoint> externalPostgres, Optional<String> externalKafka) {

    public static SuiteConfig defaults(Path repoRoot) {
        return new SuiteConfig(repoRoot, repoRoot.resolve(".local-data"), false, false, Ports.defaults(),
                Optional.empty(), Optional.empty());
    }

    public SuiteConfig withDataDir(Path dataDir) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka);
    }

    /** Whether to delete the data directory's content (databases, topics, logs) before starting. */
    public SuiteConfig withFresh(boolean fresh) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka);
    }

    /** Whether to start PostgreSQL and Kafka only, without the services. */
    public SuiteConfig withInfrastructureOnly(boolean infrastructureOnly) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka);
    }

    public SuiteConfig withPorts(Ports ports) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres, externalKafka);
    }

    public SuiteConfig withExternalPostgres(PostgresEndpoint endpoint) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, Optional.of(endpoint),
                externalKafka);
    }

    public SuiteConfig withExternalKafka(String bootstrapServers) {
        return new SuiteConfig(repoRoot, dataDir, fresh, infrastructureOnly, ports, externalPostgres,
                Optional.of(bootstrapServers));
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** Where the pid of every process the suite starts is kept, to clean up after a killed run. */
    Path runDir() {
        return dataDir.resolve("run");
    }
}
