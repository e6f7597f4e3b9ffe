package org.maillage.gateway.webhooks;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.gateway.caller.AuthenticatedCaller;

/** The deliveries of an endpoint with their attempts, newest first, and redelivery on demand. */
@ApplicationScoped
public class DeliveryLog {

    private final WebhookService webhooks;

    public DeliveryLog(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Transactional
    public CursorPage<DeliveryView> list(AuthenticatedCaller caller, UUID endpointId, PageRequest page) {
        WebhookOwnership.requireCoverage(webhooks.find(caller, endpointId), caller, "reading its deliveries");
        Parameters parameters = Parameters.with("endpoint", endpointId);
        String query = "endpointId = :endpoint";
        if (page.cursor() != null) {
            KeysetCursor before = KeysetCursor.decode(page.cursor());
            query += " and (createdAt < :at or (createdAt = :at and id < :id))";
            parameters.and("at", before.at()).and("id", before.id());
        }
        List<WebhookDelivery> rows = WebhookDelivery.<WebhookDelivery>find(query + " order by createdAt desc, id desc",
                parameters).page(0, page.fetchSize()).list();
        Map<UUID, List<DeliveryAttempt>> attempts = rows.isEmpty() ? Map.of()
                : DeliveryAttempt.<DeliveryAttempt>find("deliveryId in ?1 order by id",
                        rows.stream().map(row -> row.id).toList()).list().stream()
                .collect(Collectors.groupingBy(attempt -> attempt.deliveryId));
        return CursorPage.fromSlice(rows, page, row -> DeliveryView.of(row, attempts.getOrDefault(row.id, List.of())),
                row -> new KeysetCursor(row.createdAt, row.id).encode());
    }

    /** Sends the same message again (same webhook-id and body), with a fresh retry schedule. */
    @Transactional
    public DeliveryView redeliver(AuthenticatedCaller caller, UUID endpointId, UUID deliveryId) {
        WebhookEndpoint endpoint = webhooks.find(caller, endpointId);
        if (!WebhookEndpoint.ACTIVE.equals(endpoint.status)) {
            throw new ConflictException("The endpoint is disabled (" + endpoint.disabledReason
                    + "); enable it before redelivering");
        }
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId)
                .filter(found -> found.endpointId.equals(endpointId))
                .orElseThrow(() -> new ResourceNotFoundException("delivery", deliveryId));
        delivery.status = WebhookDelivery.PENDING;
        delivery.attemptCount = 0;
        delivery.nextAttemptAt = DatabaseClock.now();
        delivery.claimToken = null;
        return DeliveryView.of(delivery, DeliveryAttempt.<DeliveryAttempt>find("deliveryId = ?1 order by id", deliveryId)
                .list());
    }
}
