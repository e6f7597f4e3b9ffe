package org.maillage.diagnostics.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Direct reads of the database, to check what an operation wrote, and direct writes to set up large states fast. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row, as text, or null when there is no row. */
    public static String query(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a write; returns the number of rows it changed. */
    public static int update(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static double number(DataSource dataSource, String sql) {
        String value = query(dataSource, sql);
        if (value == null) {
            throw new AssertionError("no row for " + sql);
        }
        return Double.parseDouble(value);
    }
}
