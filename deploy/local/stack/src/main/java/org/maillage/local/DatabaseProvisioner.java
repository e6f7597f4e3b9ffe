package org.maillage.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Makes sure each service's database exists, creating the missing ones. */
final class DatabaseProvisioner {

    private static final String UNKNOWN_DATABASE = "3D000";

    private DatabaseProvisioner() {
    }

    static void ensureExist(PostgresEndpoint endpoint, List<String> databases, StartupListener listener)
            throws StartupException {
        for (String database : databases) {
            if (!exists(endpoint, database)) {
                listener.notice("Creating database " + database);
                create(endpoint, database);
            }
        }
    }

    private static boolean exists(PostgresEndpoint endpoint, String database) throws StartupException {
        try (Connection ignored = connect(endpoint, database)) {
            return true;
        } catch (SQLException e) {
            if (UNKNOWN_DATABASE.equals(e.getSQLState())) {
                return false;
            }
            throw new StartupException("Cannot connect to PostgreSQL at " + endpoint.jdbcUrl(database) + " as "
                    + endpoint.username() + ": " + e.getMessage(), e);
        }
    }

    private static void create(PostgresEndpoint endpoint, String database) throws StartupException {
        try (Connection connection = connect(endpoint, "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            throw new StartupException("Database " + database + " does not exist on " + endpoint.baseUrl()
                    + " and could not be created: " + e.getMessage()
                    + "\nCreate it (CREATE DATABASE " + database + ";) or grant CREATEDB to " + endpoint.username()
                    + ".", e);
        }
    }

    private static Connection connect(PostgresEndpoint endpoint, String database) throws SQLException {
        return DriverManager.getConnection(endpoint.jdbcUrl(database), endpoint.username(), endpoint.password());
    }
}
