package org.maillage.commons.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The idempotency_key table. Each statement commits on its own, outside the request's transaction: the
 * claim must be visible to a concurrent duplicate at once, and the recorded response must survive even
 * when the caller's own transaction is long gone. A single upsert decides who owns a key, so two
 * concurrent duplicates can never both run.
 */
@ApplicationScoped
class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private final AgroalDataSource dataSource;
    private final ObjectMapper objectMapper;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.EPOCH);

    IdempotencyStore(AgroalDataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    Claim claim(String scope, String key, String fingerprint, Duration retention, Duration claimTimeout) {
        purgeWhenDue();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (tryClaim(connection, scope, key, fingerprint, retention, claimTimeout)) {
                return new Claim.Granted();
            }
            return existing(connection, scope, key, fingerprint);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim idempotency key", e);
        }
    }

    private static boolean tryClaim(Connection connection, String scope, String key, String fingerprint,
                                    Duration retention, Duration claimTimeout) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO idempotency_key (scope, idem_key, fingerprint, claimed_at, expires_at)
                VALUES (?, ?, ?, now(), now() + make_interval(secs => ?))
                ON CONFLICT (scope, idem_key) DO UPDATE
                   SET fingerprint = EXCLUDED.fingerprint, claimed_at = now(), expires_at = EXCLUDED.expires_at,
                       status = NULL, content_type = NULL, headers = NULL, body = NULL, completed_at = NULL,
                       secret_withheld = false
                 WHERE idempotency_key.expires_at < now()
                    OR (idempotency_key.status IS NULL
                        AND idempotency_key.claimed_at < now() - make_interval(secs => ?))
                RETURNING scope""")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setDouble(4, retention.toMillis() / 1000.0);
            insert.setDouble(5, claimTimeout.toMillis() / 1000.0);
            try (ResultSet claimed = insert.executeQuery()) {
                return claimed.next();
            }
        }
    }

    private Claim existing(Connection connection, String scope, String key, String fingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT fingerprint, status, content_type, CAST(headers AS text), body, secret_withheld
                  FROM idempotency_key WHERE scope = ? AND idem_key = ?""")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !fingerprint.equals(row.getString(1))) {
                    // A row that vanished was purged between both statements: only a mismatch is safe to say.
                    return new Claim.Mismatch();
                }
                int status = row.getInt(2);
                if (row.wasNull()) {
                    return new Claim.InProgress();
                }
                Map<String, String> headers = readHeaders(row.getString(4));
                if (row.getBoolean(6)) {
                    return new Claim.SecretWithheld(headers.get(HttpHeaders.LOCATION));
                }
                return new Claim.Replay(new StoredResponse(status, row.getString(3), headers, row.getBytes(5)));
            }
        }
    }

    void complete(String scope, String key, String fingerprint, StoredResponse response) {
        execute("""
                UPDATE idempotency_key SET status = ?, content_type = ?, headers = CAST(? AS jsonb), body = ?,
                       completed_at = now()
                 WHERE scope = ? AND idem_key = ? AND fingerprint = ? AND status IS NULL""",
                response.status(), response.contentType(), writeHeaders(response.headers()), response.body(),
                scope, key, fingerprint);
    }

    /**
     * Completes a key whose response showed a secret: only its status and the resource it concerns are kept,
     * never the body, so that no secret rests in this table.
     */
    void completeWithheld(String scope, String key, String fingerprint, int status, String location) {
        Map<String, String> headers = location == null ? Map.of() : Map.of(HttpHeaders.LOCATION, location);
        execute("""
                UPDATE idempotency_key SET status = ?, headers = CAST(? AS jsonb), secret_withheld = true,
                       completed_at = now()
                 WHERE scope = ? AND idem_key = ? AND fingerprint = ? AND status IS NULL""",
                status, writeHeaders(headers), scope, key, fingerprint);
    }

    /** Gives a key up so that a retry runs the request again. */
    void release(String scope, String key, String fingerprint) {
        execute("DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND fingerprint = ? AND status IS NULL",
                scope, key, fingerprint);
    }

    private void purgeWhenDue() {
        Instant due = nextPurge.get();
        Instant now = Instant.now();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return;
        }
        int purged = execute("DELETE FROM idempotency_key WHERE expires_at < now()");
        if (purged > 0) {
            LOG.debugf("Purged %d expired idempotency key(s)", purged);
        }
    }

    private int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key store failed", e);
        }
    }

    private String writeHeaders(Map<String, String> headers) {
        try {
            return objectMapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers cannot be serialised", e);
        }
    }

    private Map<String, String> readHeaders(String json) {
        try {
            return json == null ? Map.of() : objectMapper.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers are not JSON", e);
        }
    }
}
