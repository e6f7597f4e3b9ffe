package org.maillage.gateway.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.PartnerKeys;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Two gateway instances claiming at the same time, as two transactions on the real database. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class DeliveryClaimsTest {

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void concurrentClaimsNeverTakeTheSameDeliveryAndALeasedOneWaits() throws SQLException {
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        UUID endpoint = UUID.fromString(Webhooks.create(key, "https://93.184.215.14/hooks", List.of("*"))
                .getString("webhook.id"));
        // Due only tomorrow, so the running dispatcher leaves them alone; the claims below look from later on.
        Instant due = Instant.now().plus(Duration.ofDays(1));
        Instant claimTime = due.plus(Duration.ofHours(1));
        Set<UUID> mine = insertPending(endpoint, due, 10);

        try (Connection first = connect(); Connection second = connect()) {
            List<UUID> firstClaim = ids(DeliveryClaims.claim(first, claimTime, Duration.ofMinutes(2), 1000));
            List<UUID> secondClaim = ids(DeliveryClaims.claim(second, claimTime, Duration.ofMinutes(2), 1000));
            assertTrue(firstClaim.containsAll(mine), "the first claim takes every due delivery");
            Set<UUID> both = new HashSet<>(firstClaim);
            both.retainAll(secondClaim);
            assertEquals(Set.of(), both, "the second instance skips what the first is claiming");

            // Once the first claim is committed, its lease keeps the rows from being claimed again.
            second.rollback();
            first.commit();
            List<UUID> afterCommit = ids(DeliveryClaims.claim(second, claimTime, Duration.ofMinutes(2), 1000));
            second.rollback();
            assertTrue(afterCommit.stream().noneMatch(mine::contains));
            List<UUID> afterLease = ids(DeliveryClaims.claim(second, claimTime.plus(Duration.ofMinutes(3)),
                    Duration.ofMinutes(2), 1000));
            second.rollback();
            assertTrue(afterLease.containsAll(mine), "a claim not completed within its lease is taken again");
        } finally {
            try (Connection db = connect()) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM webhook_endpoint WHERE id = ?")) {
                    delete.setObject(1, endpoint);
                    delete.executeUpdate();
                }
                db.commit();
            }
        }
    }

    private static Set<UUID> insertPending(UUID endpoint, Instant due, int count) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO webhook_delivery (id, endpoint_id, message_id, event_type, payload, status, next_attempt_at,
                created_at) VALUES (?, ?, ?, 'org.maillage.test.v1', '{}', 'PENDING', ?, now())""")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setObject(2, endpoint);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setObject(4, OffsetDateTime.ofInstant(due, ZoneOffset.UTC));
                insert.executeUpdate();
                ids.add(id);
            }
            db.commit();
        }
        return ids;
    }

    private static List<UUID> ids(List<DeliveryClaims.Claimed> claimed) {
        return claimed.stream().map(DeliveryClaims.Claimed::id).collect(Collectors.toList());
    }

    private static Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(LocalInfrastructureResource.jdbcUrl(),
                LocalInfrastructureResource.jdbcUsername(), LocalInfrastructureResource.jdbcPassword());
        connection.setAutoCommit(false);
        return connection;
    }
}
