package org.maillage.gateway.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.maillage.commons.persistence.DatabaseClock;

/**
 * Records an attempt and decides what follows: delivered; retried after the next delay of the schedule;
 * failed for good; and whether the endpoint must be disabled (410 Gone, or failing for too long).
 */
@ApplicationScoped
public class DeliveryOutcomes {

    private final List<Duration> schedule;
    private final Duration disableAfter;

    public DeliveryOutcomes(WebhooksConfig config) {
        this.schedule = List.copyOf(config.retrySchedule());
        this.disableAfter = config.disableAfter();
    }

    @Transactional
    public void record(DeliveryClaims.Claimed claimed, Instant attemptedAt, AttemptResult result) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.deliveryId = claimed.id();
        attempt.attemptedAt = attemptedAt;
        attempt.statusCode = result.statusCode();
        attempt.error = result.error() == null || result.error().length() <= 1000 ? result.error()
                : result.error().substring(0, 1000);
        attempt.durationMs = result.durationMs();
        attempt.persist();
        WebhookDelivery delivery = WebhookDelivery.findById(claimed.id());
        WebhookEndpoint endpoint = WebhookEndpoint.findById(claimed.endpointId());
        if (delivery == null || endpoint == null || !claimed.claimToken().equals(delivery.claimToken)) {
            return; // deleted meanwhile, or the lease expired and another instance owns the delivery now
        }
        Instant now = DatabaseClock.now();
        delivery.attemptCount++;
        delivery.lastAttemptAt = attemptedAt;
        delivery.claimToken = null;
        if (result.delivered()) {
            delivery.status = WebhookDelivery.DELIVERED;
            delivery.deliveredAt = now;
            endpoint.failingSince = null;
            return;
        }
        if (endpoint.failingSince == null) {
            endpoint.failingSince = attemptedAt;
        }
        if (result.gone()) {
            delivery.status = WebhookDelivery.FAILED;
            endpoint.disable("The endpoint answered 410 Gone on " + attemptedAt + ": it asked for no more deliveries",
                    now);
            return;
        }
        if (delivery.attemptCount > schedule.size()) {
            delivery.status = WebhookDelivery.FAILED;
        } else {
            delivery.nextAttemptAt = now.plus(schedule.get(delivery.attemptCount - 1));
        }
        if (WebhookEndpoint.ACTIVE.equals(endpoint.status)
                && Duration.between(endpoint.failingSince, now).compareTo(disableAfter) > 0) {
            endpoint.disable("Every attempt failed since " + endpoint.failingSince + " (more than " + disableAfter
                    + "); last: " + result.describe(), now);
        }
    }
}
