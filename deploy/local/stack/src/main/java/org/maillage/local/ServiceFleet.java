package org.maillage.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** The Maillage services as child processes, configured through their environment. */
final class ServiceFleet {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final SuiteConfig config;
    private final PostgresEndpoint postgres;
    private final String kafkaBootstrapServers;
    private final String adminApiKey;
    private final IdentityKeys identityKeys = IdentityKeys.generate();
    private final Map<Service, ManagedProcess> running = new EnumMap<>(Service.class);

    ServiceFleet(SuiteConfig config, PostgresEndpoint postgres, String kafkaBootstrapServers, String adminApiKey) {
        this.config = config;
        this.postgres = postgres;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.adminApiKey = adminApiKey;
    }

    static URI url(SuiteConfig config, Service service) {
        return URI.create("http://localhost:" + config.ports().get(service.port()));
    }

    /** Starts the services side by side; returns once all are ready, reporting each as it gets there. */
    void start(List<Service> services, BooleanSupplier cancelled, Consumer<Service> onReady)
            throws StartupException {
        for (Service service : services) {
            ManagedProcess process = ManagedProcess.start(service.module(), JavaCommand.of(command(service)),
                    environment(service), config.repoRoot(), config.logsDir().resolve(service.module() + ".log"),
                    config.runDir());
            synchronized (running) {
                running.put(service, process);
            }
        }
        ExecutorService waiters = Executors.newFixedThreadPool(services.size());
        try {
            CompletionService<Service> ready = new ExecutorCompletionService<>(waiters);
            for (Service service : services) {
                ManagedProcess process = process(service);
                ready.submit(() -> {
                    Readiness.await(process, READY_TIMEOUT, cancelled, new HttpHealthProbe(url(config, service)));
                    return service;
                });
            }
            for (int i = 0; i < services.size(); i++) {
                onReady.accept(ready.take().get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StartupException failure) {
                throw failure;
            }
            throw new StartupException("Unexpected failure while waiting for the services: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while waiting for the services", e);
        } finally {
            waiters.shutdownNow();
        }
    }

    ManagedProcess process(Service service) {
        synchronized (running) {
            return running.get(service);
        }
    }

    void kill(Service service) {
        ManagedProcess process;
        synchronized (running) {
            process = running.remove(service);
        }
        if (process == null) {
            throw new IllegalStateException(service.module() + " is not running");
        }
        process.kill();
    }

    /** Stops the gateway first, so no request reaches a service that is going away, then the others. */
    void stopAll() {
        List<ManagedProcess> backends = new ArrayList<>();
        ManagedProcess gateway;
        synchronized (running) {
            gateway = running.remove(Service.GATEWAY);
            backends.addAll(running.values());
            running.clear();
        }
        if (gateway != null) {
            gateway.stop(STOP_GRACE);
        }
        ManagedProcess.stopAll(backends, STOP_GRACE);
    }

    /** Checked before anything starts, so a missing build fails at once rather than after the databases. */
    static void ensureBuilt(Path repoRoot) throws StartupException {
        for (Service service : Service.values()) {
            Path jar = service.runnableJar(repoRoot);
            if (!Files.isRegularFile(jar)) {
                throw new StartupException(service.module() + " is not built: " + jar + " is missing."
                        + "\nBuild it with deploy/local/start (without --no-build) or mvn -B package -DskipTests,"
                        + " or start PostgreSQL and Kafka alone with --infra-only.");
            }
        }
    }

    private List<String> command(Service service) {
        List<String> command = new ArrayList<>(JavaCommand.QUICK_START_OPTIONS);
        command.add(JavaCommand.APPLICATION_URI_CHECK);
        command.addAll(List.of("-jar", service.runnableJar(config.repoRoot()).toString()));
        return command;
    }

    private Map<String, String> environment(Service service) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(config.ports().get(service.port())));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("MAILLAGE_IDENTITY_PUBLIC_KEY", identityKeys.publicKey());
        // The packaged services run in the production profile, which logs JSON; a developer reads plain lines.
        putIfUnset(environment, "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        if (service == Service.GATEWAY) {
            environment.put("MAILLAGE_GATEWAY_SECURITY_BOOTSTRAP_ADMIN_KEY_SHA256", LocalAdminKey.sha256Hex(adminApiKey));
            environment.put("MAILLAGE_GATEWAY_IDENTITY_PRIVATE_KEY", identityKeys.privateKey());
            environment.put("MAILLAGE_GATEWAY_IDENTITY_PUBLIC_KEY", identityKeys.publicKey());
            for (Service backend : Service.backends()) {
                environment.put("MAILLAGE_GATEWAY_UPSTREAMS_" + backend.name(), url(config, backend).toString());
            }
            // On a developer's machine, webhook receivers run on the same machine, over plain HTTP.
            putIfUnset(environment, "MAILLAGE_GATEWAY_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
            putIfUnset(environment, "MAILLAGE_GATEWAY_WEBHOOKS_ALLOW_HTTP", "true");
        }
        environment.putAll(config.serviceEnvironment());
        return environment;
    }

    /** A setting the developer gave the launcher's own environment wins over the local default. */
    private static void putIfUnset(Map<String, String> environment, String name, String value) {
        environment.put(name, System.getenv().getOrDefault(name, value));
    }
}
