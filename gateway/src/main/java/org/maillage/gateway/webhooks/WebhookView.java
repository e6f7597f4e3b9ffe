package org.maillage.gateway.webhooks;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.gateway.security.SecretRotation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A registered endpoint, never with its secret")
public record WebhookView(
        UUID id,
        @Size(max = 2000) @Schema(examples = "https://crm.example.org/hooks/maillage") String url,
        @Size(max = 500) String description,
        @Size(max = 50) List<@Size(max = 200) String> eventTypes,
        @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE", "DISABLED"}) String status,
        @Size(max = 500) @Schema(description = "Why the gateway disabled the endpoint",
                examples = "The endpoint answered 410 Gone") String disabledReason,
        Instant disabledAt,
        @Schema(description = "Start of the current run of failed attempts") Instant failingSince,
        UUID organisationId,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Until when attempts are also signed with the secret replaced by the last rotation; "
                + "absent when they no longer are") Instant previousSecretValidUntil) {

    static WebhookView of(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.id, endpoint.url, endpoint.description, endpoint.typePatterns(),
                endpoint.status, endpoint.disabledReason, endpoint.disabledAt, endpoint.failingSince,
                endpoint.organisationId, endpoint.createdAt, endpoint.updatedAt,
                SecretRotation.graceEnd(endpoint.previousSecretValidUntil));
    }
}
