package org.maillage.gateway.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One HTTP exchange with an endpoint, for its owner's delivery log. */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;
    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;
    /** Null when no response came (connection refused, timeout, refused target). */
    @Column(name = "status_code")
    public Integer statusCode;
    public String error;
    @Column(name = "duration_ms", nullable = false)
    public long durationMs;
}
