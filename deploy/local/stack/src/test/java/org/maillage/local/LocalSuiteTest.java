package org.maillage.local;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalSuiteTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossKafkaAndSuiteRestartsAndRefusesASecondInstance() throws Exception {
        // Infrastructure only: no service jars are needed, so the repository root does not matter.
        SuiteConfig config = SuiteConfig.defaults(dataDir).withDataDir(dataDir).withInfrastructureOnly(true)
                .withPorts(Ports.defaults()
                        .with(PortSetting.POSTGRES, freePort())
                        .with(PortSetting.KAFKA, freePort())
                        .with(PortSetting.KAFKA_CONTROLLER, freePort()));

        try (LocalSuite suite = new LocalSuite(config, StartupListener.silent())) {
            suite.start();
            for (String durability : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertEquals("on", query(suite, "SHOW " + durability), durability + ": acknowledged data is on disk");
            }
            execute(suite, "CREATE TABLE note (text text)", "INSERT INTO note VALUES ('kept')");
            try (KafkaCompanion kafka = new KafkaCompanion(suite.kafkaBootstrapServers())) {
                kafka.produceStrings().fromRecords(new ProducerRecord<>("maillage.notes", "k", "kept")).awaitCompletion();
            }

            suite.stopKafka();
            suite.startKafka();
            try (KafkaCompanion kafka = new KafkaCompanion(suite.kafkaBootstrapServers())) {
                assertEquals("kept", kafka.consumeStrings().fromTopics("maillage.notes", 1)
                        .awaitCompletion(Duration.ofSeconds(30)).getFirstRecord().value());
            }

            StartupException refused = assertThrows(StartupException.class,
                    () -> new LocalSuite(config, StartupListener.silent()).start());
            assertTrue(refused.getMessage().startsWith("Maillage is already running (pid "
                    + ProcessHandle.current().pid() + ") with data dir " + dataDir), refused.getMessage());
        }
        assertEquals(0, pidFiles(dataDir.resolve("run")), "every child process was stopped");

        try (LocalSuite restarted = new LocalSuite(config, StartupListener.silent())) {
            restarted.start();
            assertEquals("kept", query(restarted, "SELECT text FROM note"));
        }
    }

    private static void execute(LocalSuite suite, String... statements) throws SQLException {
        try (Connection connection = connect(suite); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(LocalSuite suite, String sql) throws SQLException {
        try (Connection connection = connect(suite); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(LocalSuite suite) throws SQLException {
        PostgresEndpoint postgres = suite.postgres();
        return DriverManager.getConnection(postgres.jdbcUrl("actors"), postgres.username(), postgres.password());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long pidFiles(Path runDir) throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.filter(path -> path.toString().endsWith(".pid")).count();
        }
    }
}
