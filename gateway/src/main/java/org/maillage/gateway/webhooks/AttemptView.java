package org.maillage.gateway.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookAttempt", description = "One HTTP exchange with the endpoint")
public record AttemptView(
        Instant attemptedAt,
        @Min(100) @Max(599) @Schema(description = "Status answered; absent when no response came") Integer statusCode,
        @Size(max = 1000) @Schema(examples = "Timed out after 10 s") String error,
        @Min(0) @Max(3_600_000) long durationMs) {

    static AttemptView of(DeliveryAttempt attempt) {
        return new AttemptView(attempt.attemptedAt, attempt.statusCode, attempt.error, attempt.durationMs);
    }
}
