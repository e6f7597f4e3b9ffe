package org.maillage.local;

/**
 * A PostgreSQL server reached with JDBC: {@code baseUrl} has no database, e.g.
 * {@code jdbc:postgresql://db.example:5432} or {@code jdbc:postgresql://db.example:5432?sslmode=require}.
 */
public record PostgresEndpoint(String baseUrl, String username, String password) {

    public PostgresEndpoint {
        if (!baseUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + baseUrl);
        }
    }

    public String jdbcUrl(String database) {
        int query = baseUrl.indexOf('?');
        String server = query < 0 ? baseUrl : baseUrl.substring(0, query);
        String parameters = query < 0 ? "" : baseUrl.substring(query);
        if (server.endsWith("/")) {
            server = server.substring(0, server.length() - 1);
        }
        return server + "/" + database + parameters;
    }
}
