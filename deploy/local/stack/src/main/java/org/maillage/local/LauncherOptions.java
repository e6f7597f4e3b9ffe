package org.maillage.local;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The launcher's settings, from its arguments and, where an argument is absent, the environment. */
record LauncherOptions(SuiteConfig config, boolean help) {

    static LauncherOptions parse(List<String> arguments, Map<String, String> environment, Path repoRoot)
            throws UsageException {
        SuiteConfig config = fromEnvironment(SuiteConfig.defaults(repoRoot), environment);
        boolean help = false;
        Iterator<String> remaining = arguments.iterator();
        while (remaining.hasNext()) {
            String argument = remaining.next();
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            Optional<String> inlineValue = argument.contains("=")
                    ? Optional.of(argument.substring(argument.indexOf('=') + 1)) : Optional.empty();
            switch (name) {
                case "-h", "--help" -> help = true;
                case "--fresh" -> config = config.withFresh(true);
                case "--infra-only" -> config = config.withInfrastructureOnly(true);
                case "--fast" -> config = config.withDurable(false);
                case "--data-dir" -> config = config.withDataDir(Path.of(value(name, inlineValue, remaining))
                        .toAbsolutePath());
                default -> config = config.withPorts(portOption(config.ports(), name, inlineValue, remaining));
            }
        }
        return new LauncherOptions(config, help);
    }

    static String usage() {
        StringBuilder ports = new StringBuilder();
        for (PortSetting setting : PortSetting.values()) {
            ports.append(String.format("  %-27s port of %s (env %s, default %d)%n", setting.option() + " N",
                    setting.user(), setting.environmentVariable(), setting.defaultPort()));
        }
        return """
                Usage: deploy/local/start [options]

                Runs Maillage on this machine: PostgreSQL, Kafka, actors-service, alliances-service,
                diagnostics-service and the gateway. Builds what is missing or out of date first.
                Data is kept between runs; Ctrl-C stops everything.

                Options:
                  --data-dir DIR              where PostgreSQL, Kafka and the logs keep their files
                                              (env MAILLAGE_DATA_DIR, default <repository>/.local-data)
                  --fresh                     delete the data directory's content first: empty databases and topics
                  --infra-only                start PostgreSQL and Kafka only, e.g. to run a service with quarkus:dev
                  --fast                      PostgreSQL without fsync, synchronous_commit and full_page_writes:
                                              faster writes, but a crash or a power loss may lose acknowledged
                                              writes or corrupt the data directory (then start with --fresh)
                  --no-build                  do not build, even if sources changed since the last build
                %s  -h, --help                  show this help

                External PostgreSQL and Kafka (instead of the embedded ones):
                  MAILLAGE_PG_URL                   base JDBC URL without a database, e.g. jdbc:postgresql://db:5432
                  MAILLAGE_PG_USER, MAILLAGE_PG_PASSWORD   its credentials (default user postgres)
                  MAILLAGE_KAFKA_BOOTSTRAP_SERVERS  e.g. broker-1:9092,broker-2:9092
                With an external PostgreSQL, the databases actors, alliances, diagnostics and gateway must exist,
                or the user must be allowed to create them (CREATEDB): missing ones are created.
                """.formatted(ports);
    }

    private static SuiteConfig fromEnvironment(SuiteConfig defaults, Map<String, String> environment)
            throws UsageException {
        SuiteConfig config = defaults;
        Optional<String> dataDir = variable(environment, "MAILLAGE_DATA_DIR");
        if (dataDir.isPresent()) {
            config = config.withDataDir(Path.of(dataDir.get()).toAbsolutePath());
        }
        Ports ports = config.ports();
        for (PortSetting setting : PortSetting.values()) {
            Optional<String> port = variable(environment, setting.environmentVariable());
            if (port.isPresent()) {
                ports = withPort(ports, setting, port.get(), setting.environmentVariable());
            }
        }
        config = config.withPorts(ports);
        Optional<String> postgresUrl = variable(environment, "MAILLAGE_PG_URL");
        if (postgresUrl.isPresent()) {
            try {
                config = config.withExternalPostgres(new PostgresEndpoint(postgresUrl.get(),
                        variable(environment, "MAILLAGE_PG_USER").orElse("postgres"),
                        variable(environment, "MAILLAGE_PG_PASSWORD").orElse("")));
            } catch (IllegalArgumentException e) {
                throw new UsageException("MAILLAGE_PG_URL: " + e.getMessage());
            }
        }
        Optional<String> kafka = variable(environment, "MAILLAGE_KAFKA_BOOTSTRAP_SERVERS");
        if (kafka.isPresent()) {
            config = config.withExternalKafka(kafka.get());
        }
        return config;
    }

    private static Ports portOption(Ports ports, String name, Optional<String> inlineValue, Iterator<String> remaining)
            throws UsageException {
        for (PortSetting setting : PortSetting.values()) {
            if (setting.option().equals(name)) {
                return withPort(ports, setting, value(name, inlineValue, remaining), name);
            }
        }
        throw new UsageException("Unknown option: " + name);
    }

    private static Ports withPort(Ports ports, PortSetting setting, String value, String source)
            throws UsageException {
        try {
            return ports.with(setting, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new UsageException(source + " must be a port number, not '" + value + "'");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String value(String name, Optional<String> inlineValue, Iterator<String> remaining)
            throws UsageException {
        if (inlineValue.isPresent()) {
            return inlineValue.get();
        }
        if (!remaining.hasNext()) {
            throw new UsageException(name + " needs a value");
        }
        return remaining.next();
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }
}
