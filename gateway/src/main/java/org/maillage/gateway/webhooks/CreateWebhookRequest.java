package org.maillage.gateway.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An endpoint to register")
public record CreateWebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "HTTPS URL receiving the events",
                examples = "https://crm.example.org/hooks/maillage") String url,
        @Size(max = 500) @Schema(examples = "CRM sync of alliances") String description,
        @NotEmpty @Size(max = 50) @Schema(description = "Event types wanted; `*` stands for any characters",
                examples = "[\"org.maillage.alliance.*\", \"org.maillage.actor.registered.v1\"]")
        List<@NotBlank @Size(max = 200) String> eventTypes) {
}
