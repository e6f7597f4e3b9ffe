package org.maillage.gateway.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class DeliveryLogPurgerTest {

    @Inject
    DeliveryLogPurger purger;

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void finishedDeliveriesPastTheRetentionAreForgottenPendingOnesNever() throws SQLException {
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String id = Webhooks.create(key, "https://93.184.215.14/hooks", List.of("*")).getString("webhook.id");
        UUID endpoint = UUID.fromString(id);
        UUID oldDelivered = insert(endpoint, "DELIVERED", "31 days");
        UUID oldFailed = insert(endpoint, "FAILED", "31 days");
        UUID oldPending = insert(endpoint, "PENDING", "31 days");
        UUID recentDelivered = insert(endpoint, "DELIVERED", "1 day");

        assertTrue(purger.purge() >= 2);

        Set<String> left = Set.copyOf(Webhooks.deliveries(key, id).getList("items.id"));
        assertEquals(Set.of(oldPending, recentDelivered).stream().map(UUID::toString).collect(Collectors.toSet()), left);
        assertTrue(!left.contains(oldDelivered.toString()) && !left.contains(oldFailed.toString()));
    }

    /** A delivery created that long ago; never due, so the dispatcher leaves it alone. */
    private static UUID insert(UUID endpoint, String status, String age) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(LocalInfrastructureResource.jdbcUrl(),
                LocalInfrastructureResource.jdbcUsername(), LocalInfrastructureResource.jdbcPassword());
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO webhook_delivery (id, endpoint_id, message_id, event_type, payload, status, created_at)
                     VALUES (?, ?, ?, 'org.maillage.test.v1', '{}', ?, now() - CAST(? AS interval))""")) {
            insert.setObject(1, id);
            insert.setObject(2, endpoint);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setString(4, status);
            insert.setString(5, age);
            insert.executeUpdate();
        }
        return id;
    }
}
