package org.maillage.gateway.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Changes to an endpoint (merge patch): absent members stay as they are")
public record UpdateWebhookRequest(
        @Size(max = 2000) @Schema(examples = "https://crm.example.org/hooks/maillage-v2") String url,
        @Size(max = 500) @Schema(examples = "CRM sync of alliances") String description,
        @Size(min = 1, max = 50) @Schema(examples = "[\"org.maillage.alliance.*\"]")
        List<@NotBlank @Size(max = 200) String> eventTypes) {
}
