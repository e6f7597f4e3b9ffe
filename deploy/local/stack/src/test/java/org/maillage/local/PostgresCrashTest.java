package org.maillage.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local stack's PostgreSQL killed (SIGKILL, it and its backends) while writers commit: started again on the
 * same data directory, it has every commit it acknowledged. Killing the process shows the write-ahead log
 * replayed; fsync and synchronous_commit (on here, off with --fast) are what also carry it through a power loss.
 */
class PostgresCrashTest {

    private static final int WRITERS = 4;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCommitSurvivesAKill() throws Exception {
        int port = freePort();
        Path log = dataDir.resolve("postgres.log");
        Path pgData = dataDir.resolve("postgres");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        long attempted;

        PersistentPostgres postgres = PersistentPostgres.start(pgData, port, log, true);
        try {
            execute(port, "CREATE TABLE note (id bigint PRIMARY KEY, text text NOT NULL)");
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<Long>> attempts = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                long first = writer * 1_000_000L;
                attempts.add(writers.submit(() -> writeUntilRefused(port, first, acknowledged)));
            }
            // Long enough for every writer to be committing when the server dies.
            while (acknowledged.size() < 500) {
                Thread.sleep(20);
            }
            postgres.killForcibly();
            attempted = 0;
            for (Future<Long> writer : attempts) {
                attempted += writer.get(30, TimeUnit.SECONDS);
            }
            writers.shutdown();
        } finally {
            postgres.close();
        }

        try (PersistentPostgres restarted = PersistentPostgres.start(pgData, port, log, true)) {
            Set<Long> kept = ids(port);
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(kept);
            System.out.printf("[crash] %d commits attempted, %d acknowledged, %d kept after the kill, %d lost%n",
                    attempted, acknowledged.size(), kept.size(), lost.size());
            assertEquals(Set.of(), lost, "acknowledged commits missing after the crash");
            assertTrue(kept.size() <= attempted, "nothing was kept that was never written");
        }
    }

    /** Commits one row at a time until the server is gone; returns how many commits it attempted. */
    private static long writeUntilRefused(int port, long first, Set<Long> acknowledged) {
        long next = first;
        try (Connection connection = connect(port);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO note VALUES (?, ?)")) {
            while (true) {
                insert.setLong(1, next);
                insert.setString(2, "note " + next);
                next++;
                insert.executeUpdate();
                acknowledged.add(next - 1);
            }
        } catch (SQLException e) {
            return next - first;
        }
    }

    private static Set<Long> ids(int port) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = connect(port); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM note")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static void execute(int port, String sql) throws SQLException {
        try (Connection connection = connect(port); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(int port) throws SQLException {
        // Autocommit: executeUpdate returns once the commit is acknowledged.
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
