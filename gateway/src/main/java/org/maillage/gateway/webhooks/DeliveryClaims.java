package org.maillage.gateway.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.persistence.TimeOrderedIds;

/**
 * Takes due deliveries for one instance to send; deliveries queued for an endpoint whose API key was revoked
 * since are never taken. Rows another instance is claiming are skipped, never waited for, and a claim moves
 * the due time a lease ahead: another instance takes the row again only if this one did not record the
 * attempt within the lease (it crashed mid-send), never while it is sending.
 */
public final class DeliveryClaims {

    /**
     * A claimed delivery with what sending it needs: the endpoint's secret and, after a rotation with a grace
     * period, the replaced secret with the end of that period; and the event's traceparent (null when none).
     */
    public record Claimed(UUID id, UUID claimToken, String messageId, String payload, UUID endpointId, String url,
                          String secret, String previousSecret, Instant previousSecretValidUntil, String traceparent) {

        /** The secrets to sign with at that moment: the current one first, then the previous one if still valid. */
        public List<String> secretsAt(Instant at) {
            return previousSecret != null && previousSecretValidUntil != null && at.isBefore(previousSecretValidUntil)
                    ? List.of(secret, previousSecret) : List.of(secret);
        }
    }

    static final String CLAIM = """
            UPDATE webhook_delivery d SET next_attempt_at = ?, claim_token = ?
            FROM webhook_endpoint e
            WHERE e.id = d.endpoint_id AND d.id IN (
                SELECT due.id FROM webhook_delivery due JOIN webhook_endpoint active ON active.id = due.endpoint_id
                WHERE due.status = 'PENDING' AND due.next_attempt_at <= ? AND active.status = 'ACTIVE'
                  AND (active.owner_kind <> 'api-key' OR EXISTS (SELECT 1 FROM api_key k
                       WHERE CAST(k.id AS text) = active.owner_subject AND k.revoked_at IS NULL))
                ORDER BY due.next_attempt_at LIMIT ? FOR UPDATE OF due SKIP LOCKED)
            RETURNING d.id, d.claim_token, d.message_id, d.payload, d.endpoint_id, e.url, e.secret, e.previous_secret,
                e.previous_secret_valid_until, d.traceparent""";

    private DeliveryClaims() {
    }

    /** Claims up to {@code max} deliveries due at {@code now}, in the connection's current transaction. */
    public static List<Claimed> claim(Connection connection, Instant now, java.time.Duration lease, int max)
            throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setObject(1, OffsetDateTime.ofInstant(now.plus(lease), ZoneOffset.UTC));
            statement.setObject(2, TimeOrderedIds.next());
            statement.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setInt(4, max);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getString(3), rows.getString(4), rows.getObject(5, UUID.class), rows.getString(6),
                            rows.getString(7), rows.getString(8), instant(rows.getObject(9, OffsetDateTime.class)),
                            rows.getString(10)));
                }
            }
        }
        return claimed;
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
