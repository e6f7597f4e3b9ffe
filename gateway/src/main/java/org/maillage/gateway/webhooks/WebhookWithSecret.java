package org.maillage.gateway.webhooks;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An endpoint just registered or whose secret was rotated; the secret is shown this once")
public record WebhookWithSecret(
        WebhookView webhook,
        @Size(max = 100) @Schema(description = "Signing secret (Standard Webhooks)",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
