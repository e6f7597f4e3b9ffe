package org.maillage.local;

import java.nio.file.Path;

/** The configuration of the local broker: one KRaft node that is both broker and controller. */
final class KafkaServerProperties {

    static final int NODE_ID = 1;

    private KafkaServerProperties() {
    }

    static String render(Path logDirs, int port, int controllerPort) {
        return """
                # Written by the Maillage launcher at every start; edits are overwritten.
                process.roles=broker,controller
                node.id=%1$d
                controller.quorum.voters=%1$d@localhost:%3$d
                listeners=PLAINTEXT://localhost:%2$d,CONTROLLER://localhost:%3$d
                advertised.listeners=PLAINTEXT://localhost:%2$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                log.dirs=%4$s
                auto.create.topics.enable=true
                # Several partitions, as in production, so that per-key ordering matters locally too.
                num.partitions=3
                # A single broker cannot hold the default three replicas of the internal topics.
                offsets.topic.replication.factor=1
                # Creating the default 50 partitions delays the first consumer group by seconds.
                offsets.topic.num.partitions=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(NODE_ID, port, controllerPort, logDirs.toAbsolutePath());
    }
}
