package org.maillage.gateway.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.gateway.feed.EventAreas;
import org.maillage.gateway.feed.FeedEventRecorded;
import org.maillage.gateway.feed.TypePatterns;

/**
 * Queues a delivery of each new event to every active endpoint that wants its type and whose owner may read
 * its area, in the transaction that records the event: no event is lost or queued twice. Endpoints whose
 * owning API key was revoked receive nothing more.
 */
@ApplicationScoped
public class WebhookFanOut {

    private final ObjectMapper mapper;

    public WebhookFanOut(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void onRecorded(@Observes FeedEventRecorded recorded) {
        String type = recorded.event().type();
        List<WebhookEndpoint> targets = WebhookEndpoint.<WebhookEndpoint>find("""
                        status = ?1 and (ownerKind <> 'api-key' or exists (select 1 from ApiKey k
                        where cast(k.id as String) = ownerSubject and k.revokedAt is null))""",
                        WebhookEndpoint.ACTIVE).list().stream()
                .filter(endpoint -> EventAreas.readable(endpoint.ownerScopeSet(), recorded.area()))
                .filter(endpoint -> TypePatterns.anyMatches(endpoint.typePatterns(), type))
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        String payload = json(recorded);
        Instant now = DatabaseClock.now();
        for (WebhookEndpoint endpoint : targets) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = TimeOrderedIds.next();
            delivery.endpointId = endpoint.id;
            delivery.messageId = recorded.event().id();
            delivery.eventType = type;
            delivery.payload = payload;
            delivery.status = WebhookDelivery.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
        }
    }

    private String json(FeedEventRecorded recorded) {
        try {
            return mapper.writeValueAsString(recorded.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
