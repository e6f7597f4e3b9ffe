package org.maillage.commons.persistence;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Waits for the NOTIFY sent on one channel, on a dedicated connection. PostgreSQL delivers a notification only
 * when the transaction that sent it commits. Any failure degrades to waiting out the timeout; the next wait
 * listens again on a new connection, and says so, since whatever was notified in between is lost.
 */
public class CommitNotifications implements AutoCloseable {

    /** What one wait brought. {@code listening} false: the connection failed, nothing can be heard now. */
    public record Received(List<String> payloads, boolean listening, boolean startedListening) {
    }

    private static final Logger LOG = Logger.getLogger(CommitNotifications.class);
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final AgroalDataSource dataSource;
    private final String channel;
    private Connection connection;

    public CommitNotifications(AgroalDataSource dataSource, String channel) {
        if (!CHANNEL_NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a plain channel name: " + channel);
        }
        this.dataSource = dataSource;
        this.channel = channel;
    }

    /** Returns when something was notified, or when the timeout elapsed. */
    public Received await(Duration timeout) throws InterruptedException {
        Received received;
        try {
            boolean started = connection == null || connection.isClosed();
            PGConnection listening = listeningConnection();
            PGNotification[] notifications = listening.getNotifications((int) Math.max(1, timeout.toMillis()));
            received = new Received(notifications == null ? List.of()
                    : Arrays.stream(notifications).map(PGNotification::getParameter).toList(), true, started);
        } catch (SQLException e) {
            LOG.debugf("Notifications on %s unavailable (%s); waiting", channel, e.getMessage());
            close();
            Thread.sleep(timeout.toMillis());
            received = new Received(List.of(), false, false);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return received;
    }

    private PGConnection listeningConnection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
            }
        }
        return connection.unwrap(PGConnection.class);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the connection listening on %s failed: %s", channel, e.getMessage());
            }
            connection = null;
        }
    }
}
