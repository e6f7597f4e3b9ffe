package org.maillage.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalInfrastructureResourceTest {

    @Test
    void servesPostgresAndKafkaUntilStopped() throws Exception {
        LocalInfrastructureResource resource = new LocalInfrastructureResource();
        Map<String, String> config = resource.start();
        String jdbcUrl = LocalInfrastructureResource.jdbcUrl();
        String bootstrapServers = LocalInfrastructureResource.kafkaBootstrapServers();
        try {
            assertEquals(jdbcUrl, config.get("quarkus.datasource.jdbc.url"));
            assertEquals(bootstrapServers, config.get("kafka.bootstrap.servers"));
            assertEquals("ready", roundTripThroughPostgres(config));
            assertEquals("hello", roundTripThroughKafka(bootstrapServers));
        } finally {
            resource.stop();
        }

        assertThrows(SQLException.class, () -> DriverManager.getConnection(jdbcUrl, "postgres", "postgres").close());
        assertThrows(ConnectException.class, () -> connect(bootstrapServers));
        assertThrows(IllegalStateException.class, LocalInfrastructureResource::jdbcUrl);
    }

    private static String roundTripThroughPostgres(Map<String, String> config) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe (state text NOT NULL)");
            statement.execute("INSERT INTO probe VALUES ('ready')");
            try (ResultSet rows = statement.executeQuery("SELECT state FROM probe")) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String roundTripThroughKafka(String bootstrapServers) {
        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers)) {
            companion.produceStrings()
                    .fromRecords(new ProducerRecord<>("maillage.probe", "key", "hello"))
                    .awaitCompletion();
            ConsumerTask<String, String> consumed = companion.consumeStrings()
                    .fromTopics("maillage.probe", 1)
                    .awaitCompletion();
            return consumed.getFirstRecord().value();
        }
    }

    private static void connect(String bootstrapServers) throws IOException {
        String[] hostAndPort = bootstrapServers.split(",")[0].split(":");
        new Socket(hostAndPort[0], Integer.parseInt(hostAndPort[1])).close();
    }
}
