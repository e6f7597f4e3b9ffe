package org.maillage.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherOptionsTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void defaultsToEmbeddedInfrastructureAndTheDocumentedPorts() throws UsageException {
        SuiteConfig config = LauncherOptions.parse(List.of(), Map.of(), REPO).config();

        assertEquals(REPO.resolve(".local-data"), config.dataDir());
        assertEquals(8080, config.ports().get(PortSetting.GATEWAY));
        assertEquals(15432, config.ports().get(PortSetting.POSTGRES));
        assertEquals(19093, config.ports().get(PortSetting.KAFKA_CONTROLLER));
        assertTrue(config.externalPostgres().isEmpty());
        assertTrue(config.externalKafka().isEmpty());
        assertFalse(config.fresh());
        assertTrue(config.durable());
    }

    @Test
    void fastGivesUpDurabilityAndSaysWhatItRisks() throws UsageException {
        assertFalse(LauncherOptions.parse(List.of("--fast"), Map.of(), REPO).config().durable());

        String usage = LauncherOptions.usage();
        assertTrue(usage.contains("--fast"), usage);
        assertTrue(usage.contains("may lose acknowledged"), usage);
    }

    @Test
    void optionsWinOverTheEnvironment() throws UsageException {
        LauncherOptions options = LauncherOptions.parse(
                List.of("--gateway-port", "9080", "--kafka-port=29092", "--data-dir", "/data", "--fresh"),
                Map.of("MAILLAGE_GATEWAY_PORT", "7080", "MAILLAGE_ACTORS_PORT", "7081", "MAILLAGE_DATA_DIR", "/env"),
                REPO);

        assertEquals(9080, options.config().ports().get(PortSetting.GATEWAY));
        assertEquals(7081, options.config().ports().get(PortSetting.ACTORS));
        assertEquals(29092, options.config().ports().get(PortSetting.KAFKA));
        assertEquals(Path.of("/data"), options.config().dataDir());
        assertTrue(options.config().fresh());
        assertFalse(options.help());
    }

    @Test
    void readsExternalInfrastructureFromTheEnvironment() throws UsageException {
        SuiteConfig config = LauncherOptions.parse(List.of(), Map.of(
                "MAILLAGE_PG_URL", "jdbc:postgresql://db:5432/?sslmode=require",
                "MAILLAGE_PG_USER", "maillage",
                "MAILLAGE_KAFKA_BOOTSTRAP_SERVERS", "broker:9092"), REPO).config();

        PostgresEndpoint postgres = config.externalPostgres().orElseThrow();
        assertEquals("jdbc:postgresql://db:5432/actors?sslmode=require", postgres.jdbcUrl("actors"));
        assertEquals("maillage", postgres.username());
        assertEquals("", postgres.password());
        assertEquals("broker:9092", config.externalKafka().orElseThrow());
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertEquals("Unknown option: --bogus",
                assertThrows(UsageException.class, () -> LauncherOptions.parse(List.of("--bogus"), Map.of(), REPO))
                        .getMessage());
        assertEquals("--actors-port needs a value",
                assertThrows(UsageException.class,
                        () -> LauncherOptions.parse(List.of("--actors-port"), Map.of(), REPO)).getMessage());
        assertEquals("MAILLAGE_KAFKA_PORT must be a port number, not 'x'",
                assertThrows(UsageException.class,
                        () -> LauncherOptions.parse(List.of(), Map.of("MAILLAGE_KAFKA_PORT", "x"), REPO)).getMessage());
        assertThrows(UsageException.class,
                () -> LauncherOptions.parse(List.of(), Map.of("MAILLAGE_PG_URL", "postgres://db"), REPO));
    }
}
