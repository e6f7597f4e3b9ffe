package org.maillage.gateway.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event to send to one endpoint, until it is delivered or given up on. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;
    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;
    /** The webhook-id header: the event id, the same on every attempt and redelivery. */
    @Column(name = "message_id", nullable = false)
    public String messageId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(nullable = false)
    public String payload;
    @Column(nullable = false)
    public String status;
    @Column(name = "attempt_count", nullable = false)
    public int attemptCount;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    /** Set by the claim of the instance sending the current attempt. */
    @Column(name = "claim_token")
    public UUID claimToken;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** The event's traceparent: each attempt is a span of the trace of the write the event reports. */
    public String traceparent;
}
