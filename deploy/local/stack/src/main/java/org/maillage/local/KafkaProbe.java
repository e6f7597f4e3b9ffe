package org.maillage.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Ready when the cluster at the bootstrap servers describes at least one broker. */
final class KafkaProbe implements Readiness.Probe, AutoCloseable {

    private final String bootstrapServers;
    private Admin admin;

    KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void check() throws Exception {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "maillage-local-readiness",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
        }
        if (admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " has no broker yet");
        }
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
