package org.maillage.commons.outbox;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Waits for the NOTIFY that the outbox trigger sends on commit, on a dedicated connection. Any failure
 * simply degrades to waiting out the timeout: the relay polls anyway, so a lost notification only delays.
 */
class CommitNotifications implements AutoCloseable {

    static final String CHANNEL = "maillage_outbox";
    private static final Logger LOG = Logger.getLogger(CommitNotifications.class);

    private final AgroalDataSource dataSource;
    private Connection connection;

    CommitNotifications(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns when an event was committed, or when the timeout elapsed. */
    void await(Duration timeout) throws InterruptedException {
        try {
            PGConnection listening = listeningConnection();
            listening.getNotifications((int) Math.max(1, timeout.toMillis()));
        } catch (SQLException e) {
            LOG.debugf("Outbox notifications unavailable (%s); polling", e.getMessage());
            close();
            Thread.sleep(timeout.toMillis());
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private PGConnection listeningConnection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
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
                LOG.debug("Closing the outbox notification connection failed", e);
            }
            connection = null;
        }
    }
}
