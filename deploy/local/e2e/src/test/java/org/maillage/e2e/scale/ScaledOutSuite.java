package org.maillage.e2e.scale;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.maillage.e2e.SharedSuite;
import org.maillage.local.LocalSuite;
import org.maillage.local.PostgresEndpoint;
import org.maillage.local.Service;
import org.maillage.local.StartupListener;
import org.maillage.local.SuiteConfig;
import org.maillage.testsupport.InProcessKafka;

/**
 * The packaged suite twice over on one PostgreSQL and a three-broker Kafka: two instances of every service and of
 * the gateway. Each half is a {@link LocalSuite} (the second uses the first's PostgreSQL), its gateway in front of
 * its own instances, as a node of a cluster would run them; the consumers of both share their groups, the outbox
 * relays and webhook dispatchers of both compete for the same rows.
 */
final class ScaledOutSuite implements AutoCloseable {

    /**
     * Tuned for a run of a minute: a claim on an Idempotency-Key left by a killed instance, and a webhook delivery
     * it had claimed, are given up after seconds rather than a minute or two; failed deliveries retry within seconds.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "MAILLAGE_IDEMPOTENCY_CLAIM_TIMEOUT", "5s",
            "MAILLAGE_GATEWAY_WEBHOOKS_LEASE", "10s",
            "MAILLAGE_GATEWAY_WEBHOOKS_RETRY_SCHEDULE", "1s,1s,2s,5s,5s,5s",
            "MAILLAGE_GATEWAY_WEBHOOKS_POLL_INTERVAL", "200ms");

    private final InProcessKafka kafka;
    private final LocalSuite first;
    private final LocalSuite second;
    private int stoppedBroker = -1;

    private ScaledOutSuite(InProcessKafka kafka, LocalSuite first, LocalSuite second) {
        this.kafka = kafka;
        this.first = first;
        this.second = second;
    }

    static ScaledOutSuite start() throws Exception {
        long began = System.nanoTime();
        InProcessKafka kafka = InProcessKafka.startCluster();
        LocalSuite first = null;
        LocalSuite second = null;
        try {
            SuiteConfig base = SuiteConfig.defaults(SharedSuite.repoRoot()).withFresh(true)
                    .withExternalKafka(kafka.bootstrapServers()).withServiceEnvironment(SETTINGS);
            first = new LocalSuite(base.withDataDir(dataDir(1)).withPorts(SharedSuite.freePorts()), listener(1, began));
            first.start();
            // One after the other: the second instances find their databases migrated.
            second = new LocalSuite(base.withDataDir(dataDir(2)).withPorts(SharedSuite.freePorts())
                    .withExternalPostgres(first.postgres()), listener(2, began));
            second.start();
            return new ScaledOutSuite(kafka, first, second);
        } catch (Exception | Error e) {
            if (second != null) {
                second.close();
            }
            if (first != null) {
                first.close();
            }
            kafka.close();
            throw e;
        }
    }

    List<URI> gateways() {
        return List.of(first.gatewayUrl(), second.gatewayUrl());
    }

    /** The instances that keep running. */
    URI survivingGateway() {
        return first.gatewayUrl();
    }

    String adminApiKey() {
        return first.adminApiKey();
    }

    PostgresEndpoint postgres() {
        return first.postgres();
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** SIGKILL for the second gateway and the second instance of every service; one broker shut down. */
    void loseAnInstanceOfEverythingAndABroker() {
        second.kill(Service.GATEWAY);
        for (Service service : Service.backends()) {
            second.kill(service);
        }
        stoppedBroker = groupCoordinator();
        kafka.stopBroker(stoppedBroker);
    }

    /** The broker leading the consumer offsets, whose loss moves every group's coordinator. */
    private int groupCoordinator() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            return admin.describeTopics(List.of("__consumer_offsets")).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get("__consumer_offsets").partitions().get(0).leader().id();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not find the group coordinator", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int stoppedBroker() {
        return stoppedBroker;
    }

    @Override
    public void close() throws Exception {
        try {
            second.close();
            first.close();
        } finally {
            kafka.close();
        }
    }

    private static Path dataDir(int instance) {
        return Path.of("target/scale-data/instance-" + instance).toAbsolutePath();
    }

    private static StartupListener listener(int instance, long began) {
        return new StartupListener() {
            @Override
            public void ready(String component, String address, Duration sinceStart) {
                System.out.printf("[scale] %s #%d ready at %s after %.1f s%n", component, instance, address,
                        (System.nanoTime() - began) / 1e9);
            }

            @Override
            public void notice(String message) {
                System.out.println("[scale] #" + instance + " " + message);
            }
        };
    }
}
