package org.maillage.gateway.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "An event sent (or to send) to the endpoint, with its attempts")
public record DeliveryView(
        UUID id,
        @Size(max = 200) @Schema(description = "The webhook-id header: the event id") String messageId,
        @Size(max = 200) @Schema(examples = "org.maillage.alliance.proposed.v1") String eventType,
        @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
        @Min(0) @Max(1000) int attemptCount,
        @Schema(description = "When the next attempt is due, while pending") Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt,
        @Size(max = 1000) List<AttemptView> attempts) {

    static DeliveryView of(WebhookDelivery delivery, List<DeliveryAttempt> attempts) {
        return new DeliveryView(delivery.id, delivery.messageId, delivery.eventType, delivery.status,
                delivery.attemptCount, WebhookDelivery.PENDING.equals(delivery.status) ? delivery.nextAttemptAt : null,
                delivery.createdAt, delivery.deliveredAt, attempts.stream().map(AttemptView::of).toList());
    }
}
