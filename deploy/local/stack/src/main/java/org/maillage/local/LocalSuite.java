package org.maillage.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The whole suite on one machine: PostgreSQL, Kafka, the services and the gateway, started in order and
 * stopped in reverse. {@code deploy/local/start} runs it; end-to-end tests run it in-process the same way.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Duration EXTERNAL_KAFKA_TIMEOUT = Duration.ofSeconds(30);

    private final SuiteConfig config;
    private final StartupListener listener;
    /** Held while starting or stopping: close() waits for a start in progress to notice it must give up. */
    private final ReentrantLock lifecycle = new ReentrantLock();
    private volatile boolean closing;
    private long startedAt;
    private InstanceLock instanceLock;
    private PersistentPostgres embeddedPostgres;
    private KafkaBroker kafka;
    private ServiceFleet services;
    private String adminApiKey;

    public LocalSuite(SuiteConfig config, StartupListener listener) {
        this.config = config;
        this.listener = listener;
    }

    /** Starts everything and returns when every component is ready; on failure, stops what had started. */
    public void start() throws StartupException {
        lifecycle.lock();
        try {
            if (startedAt != 0) {
                throw new IllegalStateException("This suite was already started");
            }
            startedAt = System.nanoTime();
            startInOrder();
        } catch (StartupException | RuntimeException e) {
            close();
            throw e;
        } finally {
            lifecycle.unlock();
        }
    }

    /** Stops the embedded Kafka broker, keeping its data, e.g. to test how the services ride out an outage. */
    public void stopKafka() {
        lifecycle.lock();
        try {
            embeddedKafka().stop();
        } finally {
            lifecycle.unlock();
        }
    }

    /** Starts the embedded Kafka broker again after {@link #stopKafka()} and waits until it is ready. */
    public void startKafka() throws StartupException {
        lifecycle.lock();
        try {
            if (closing || embeddedKafka().isRunning()) {
                throw new IllegalStateException(closing ? "The suite is stopped" : "Kafka is already running");
            }
            ManagedProcess broker = kafka.launch(listener);
            kafka.awaitReady(() -> closing);
            broker.onUnexpectedExit(this::reportUnexpectedExit);
        } finally {
            lifecycle.unlock();
        }
    }

    /**
     * Kills a service or the gateway at once (SIGKILL), as a crash would, e.g. to test how the other instances of
     * a scaled-out suite ride it out. It stays down.
     */
    public void kill(Service service) {
        lifecycle.lock();
        try {
            if (services == null) {
                throw new IllegalStateException("The suite runs no services");
            }
            services.kill(service);
        } finally {
            lifecycle.unlock();
        }
    }

    /** Stops the gateway, the services, Kafka and PostgreSQL, in that order. Safe to call more than once. */
    @Override
    public void close() {
        closing = true;
        lifecycle.lock();
        try {
            if (services != null) {
                services.stopAll();
            }
            if (kafka != null) {
                kafka.stop();
            }
            if (embeddedPostgres != null) {
                stopPostgres();
            }
            if (instanceLock != null) {
                releaseLock();
            }
        } finally {
            lifecycle.unlock();
        }
    }

    public SuiteConfig config() {
        return config;
    }

    public URI gatewayUrl() {
        return serviceUrl(Service.GATEWAY);
    }

    public URI serviceUrl(Service service) {
        return ServiceFleet.url(config, service);
    }

    public String kafkaBootstrapServers() {
        return config.externalKafka().orElse("localhost:" + config.ports().get(PortSetting.KAFKA));
    }

    /** The admin API key of this data directory, to send as X-API-Key; known once the suite started. */
    public String adminApiKey() {
        return adminApiKey;
    }

    public Path adminApiKeyFile() {
        return LocalAdminKey.file(config.dataDir());
    }

    public PostgresEndpoint postgres() {
        return config.externalPostgres().orElse(new PostgresEndpoint(
                "jdbc:postgresql://localhost:" + config.ports().get(PortSetting.POSTGRES), "postgres", "postgres"));
    }

    private void startInOrder() throws StartupException {
        DataDirectory.create(config.dataDir());
        instanceLock = InstanceLock.acquire(config.dataDir(), entryPoint());
        if (config.fresh()) {
            DataDirectory.wipe(config.dataDir());
        }
        DataDirectory.create(config.logsDir(), config.runDir());
        adminApiKey = ensureAdminKey();
        DataDirectory.clearLogs(config.logsDir());
        LeftoverProcesses.stop(config.runDir(), postgresDataDir(), listener);
        PortCheck.ensureFree(config.ports(), portsToBind());
        if (!config.infrastructureOnly()) {
            ServiceFleet.ensureBuilt(config.repoRoot());
        }

        List<ManagedProcess> watched = new ArrayList<>();
        if (config.externalKafka().isEmpty()) {
            kafka = new KafkaBroker(config.dataDir().resolve("kafka"), config.logsDir().resolve("kafka.log"),
                    config.runDir(), config.ports().get(PortSetting.KAFKA),
                    config.ports().get(PortSetting.KAFKA_CONTROLLER));
            // Kafka boots in its own JVM while PostgreSQL starts here.
            watched.add(kafka.launch(listener));
        }
        if (config.externalPostgres().isEmpty()) {
            embeddedPostgres = PersistentPostgres.start(postgresDataDir(), config.ports().get(PortSetting.POSTGRES),
                    config.logsDir().resolve("postgres.log"), config.durable());
        }
        DatabaseProvisioner.ensureExist(postgres(), Service.databases(), listener);
        reportReady("PostgreSQL", postgres().baseUrl());
        awaitKafka();
        reportReady("Kafka", kafkaBootstrapServers());

        if (!config.infrastructureOnly()) {
            services = new ServiceFleet(config, postgres(), kafkaBootstrapServers(), adminApiKey);
            services.start(Service.backends(), () -> closing, this::reportReady);
            services.start(List.of(Service.GATEWAY), () -> closing, this::reportReady);
            for (Service service : Service.values()) {
                watched.add(services.process(service));
            }
        }
        watched.forEach(process -> process.onUnexpectedExit(this::reportUnexpectedExit));
    }

    private void awaitKafka() throws StartupException {
        if (kafka != null) {
            kafka.awaitReady(() -> closing);
            return;
        }
        try (KafkaProbe probe = new KafkaProbe(kafkaBootstrapServers())) {
            Readiness.await("Kafka at " + kafkaBootstrapServers(), EXTERNAL_KAFKA_TIMEOUT, () -> closing, probe,
                    () -> "Check MAILLAGE_KAFKA_BOOTSTRAP_SERVERS and that the brokers are reachable from here.");
        }
    }

    private String ensureAdminKey() throws StartupException {
        try {
            return LocalAdminKey.ensure(config.dataDir());
        } catch (IOException e) {
            throw new StartupException("Cannot keep the admin API key in " + adminApiKeyFile() + ": " + e.getMessage());
        }
    }

    private List<PortSetting> portsToBind() {
        List<PortSetting> ports = new ArrayList<>();
        if (config.externalPostgres().isEmpty()) {
            ports.add(PortSetting.POSTGRES);
        }
        if (config.externalKafka().isEmpty()) {
            ports.add(PortSetting.KAFKA);
            ports.add(PortSetting.KAFKA_CONTROLLER);
        }
        if (!config.infrastructureOnly()) {
            for (Service service : Service.values()) {
                ports.add(service.port());
            }
        }
        return ports;
    }

    private String entryPoint() {
        return config.infrastructureOnly()
                ? "PostgreSQL at " + postgres().baseUrl() + ", Kafka at " + kafkaBootstrapServers()
                : "gateway at " + gatewayUrl();
    }

    private Path postgresDataDir() {
        return config.dataDir().resolve("postgres");
    }

    private KafkaBroker embeddedKafka() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka is not embedded in this suite, or the suite is not started");
        }
        return kafka;
    }

    private void reportReady(Service service) {
        reportReady(service.module(), serviceUrl(service).toString());
    }

    private void reportReady(String component, String address) {
        listener.ready(component, address, Duration.ofNanos(System.nanoTime() - startedAt));
    }

    private void reportUnexpectedExit(ManagedProcess process) {
        listener.notice(process.name() + " stopped unexpectedly (exit code " + process.exitValue() + ").\n"
                + LogTail.of(process.logFile(), 20));
    }

    private void stopPostgres() {
        try {
            embeddedPostgres.close();
        } catch (IOException e) {
            listener.notice("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        embeddedPostgres = null;
    }

    private void releaseLock() {
        try {
            instanceLock.close();
        } catch (IOException e) {
            listener.notice("Could not release " + config.dataDir().resolve(InstanceLock.FILE_NAME) + ": "
                    + e.getMessage());
        }
        instanceLock = null;
    }
}
