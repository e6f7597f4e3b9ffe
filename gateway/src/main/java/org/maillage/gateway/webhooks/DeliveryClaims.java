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

/**
 * Takes due deliveries for one instance to send. Rows another instance is claiming are skipped, never waited
 * for, and a claim moves the due time a lease ahead: another instance takes the row again only if this one
 * did not record the attempt within the lease (it crashed mid-send), never while it is sending.
 */
public final class DeliveryClaims {

    /** A claimed delivery with what sending it needs. */
    public record Claimed(UUID id, UUID claimToken, String messageId, String payload, UUID endpointId, String url,
                          String secret) {
    }

    static final String CLAIM = """
            UPDATE webhook_delivery d SET next_attempt_at = ?, claim_token = ?
            WHERE d.id IN (
                SELECT due.id FROM webhook_delivery due JOIN webhook_endpoint e ON e.id = due.endpoint_id
                WHERE due.status = 'PENDING' AND due.next_attempt_at <= ? AND e.status = 'ACTIVE'
                ORDER BY due.next_attempt_at LIMIT ? FOR UPDATE OF due SKIP LOCKED)
            RETURNING d.id, d.claim_token, d.message_id, d.payload, d.endpoint_id,
                (SELECT url FROM webhook_endpoint WHERE id = d.endpoint_id),
                (SELECT secret FROM webhook_endpoint WHERE id = d.endpoint_id)""";

    private DeliveryClaims() {
    }

    /** Claims up to {@code max} deliveries due at {@code now}, in the connection's current transaction. */
    public static List<Claimed> claim(Connection connection, Instant now, java.time.Duration lease, int max)
            throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setObject(1, OffsetDateTime.ofInstant(now.plus(lease), ZoneOffset.UTC));
            statement.setObject(2, UUID.randomUUID());
            statement.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setInt(4, max);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getString(3), rows.getString(4), rows.getObject(5, UUID.class), rows.getString(6),
                            rows.getString(7)));
                }
            }
        }
        return claimed;
    }
}
