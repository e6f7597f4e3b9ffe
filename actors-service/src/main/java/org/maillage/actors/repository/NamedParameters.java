package org.maillage.actors.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code :name} parameters of the SQL {@link ActorQuery} writes, turned into JDBC's {@code ?} with their
 * values in order (a name may stand several times). Quoted literals and {@code ::} casts are left alone.
 */
final class NamedParameters {

    private NamedParameters() {
    }

    /** The SQL with {@code ?} in place of each name, and the values in the order they stand. */
    record Positional(String sql, List<Object> values) {
    }

    static PreparedStatement prepare(Connection connection, String sql, Map<String, Object> parameters)
            throws SQLException {
        Positional positional = positional(sql, parameters);
        PreparedStatement statement = connection.prepareStatement(positional.sql());
        try {
            for (int i = 0; i < positional.values().size(); i++) {
                Object value = positional.values().get(i);
                statement.setObject(i + 1,
                        value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    static Positional positional(String sql, Map<String, Object> parameters) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<Object> values = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < sql.length() && Character.isLetterOrDigit(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("No value for :" + name);
                }
                values.add(parameters.get(name));
                jdbc.append('?');
                i = end - 1;
                continue;
            }
            jdbc.append(c);
        }
        return new Positional(jdbc.toString(), values);
    }
}
