package org.maillage.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * KRaft Kafka running inside the test JVM: a single node (combined broker and controller), or a cluster of
 * brokers that keeps every partition on three of them.
 */
public final class InProcessKafka implements AutoCloseable {

    /** Settings both shapes share. */
    private static final Map<String, String> COMMON = Map.of(
            "auto.create.topics.enable", "true",
            // Creating the default 50 partitions delays the first consumer group by seconds.
            "offsets.topic.num.partitions", "1",
            "group.initial.rebalance.delay.ms", "0");

    private final KafkaClusterTestKit cluster;

    private InProcessKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Starts one node; its logs live under {@code java.io.tmpdir} and are deleted on close. */
    public static InProcessKafka start() throws Exception {
        // One broker: internal topics cannot have the default replication factor of 3.
        return start(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1),
                Map.of("offsets.topic.replication.factor", "1",
                        "transaction.state.log.replication.factor", "1",
                        "transaction.state.log.min.isr", "1",
                        "share.coordinator.state.topic.replication.factor", "1",
                        "share.coordinator.state.topic.min.isr", "1"));
    }

    /**
     * Starts three brokers and one controller, as production runs them: every topic, the suite's (created on first
     * use, three partitions so that two instances of a service share them) and the internal ones, has three
     * replicas and takes a write once two of them have it, so that one broker may stop without losing or refusing
     * an acknowledged write (the services' producers send with {@code acks=all}).
     */
    public static InProcessKafka startCluster() throws Exception {
        return start(new TestKitNodes.Builder().setCombined(false).setNumBrokerNodes(3).setNumControllerNodes(1),
                Map.of("default.replication.factor", "3",
                        "min.insync.replicas", "2",
                        "num.partitions", "3",
                        "offsets.topic.replication.factor", "3",
                        "transaction.state.log.replication.factor", "3",
                        "transaction.state.log.min.isr", "2",
                        "share.coordinator.state.topic.replication.factor", "3",
                        "share.coordinator.state.topic.min.isr", "2"));
    }

    private static InProcessKafka start(TestKitNodes.Builder nodes, Map<String, String> settings) throws Exception {
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(
                nodes.setBaseDirectory(Files.createTempDirectory(tmp, "kafka-")).build());
        COMMON.forEach(builder::setConfigProp);
        settings.forEach(builder::setConfigProp);
        KafkaClusterTestKit cluster = builder.build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new InProcessKafka(cluster);
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public List<Integer> brokerIds() {
        return List.copyOf(cluster.brokers().keySet());
    }

    /** Shuts one broker down (its partitions' leadership moves to the others); it stays down until close. */
    public void stopBroker(int brokerId) {
        var broker = cluster.brokers().get(brokerId);
        broker.shutdown();
        broker.awaitShutdown();
    }

    /** Stops every broker, leaving the controllers and the data: clients see Kafka unreachable. */
    public void stopBrokers() {
        cluster.brokers().values().forEach(broker -> {
            broker.shutdown();
            broker.awaitShutdown();
        });
    }

    /** Starts the brokers stopped by {@link #stopBrokers} again, on the same ports and with the same topics. */
    public void startBrokers() throws Exception {
        cluster.brokers().values().forEach(broker -> broker.startup());
        cluster.waitForReadyBrokers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
