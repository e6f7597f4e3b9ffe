package org.maillage.gateway.apikeys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A key to create for a partner system")
public record CreateApiKeyRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "CRM of La Ruche") String name,
        @Schema(description = "Organisation actor the key acts for; absent for an admin key") UUID organisationId,
        @NotEmpty @Size(max = ApiKeyLimits.MAX_SCOPES) @Schema(examples = "[\"actors:read\", \"alliances:write\"]")
        Set<@NotBlank @Size(max = ApiKeyLimits.MAX_SCOPE_LENGTH) String> scopes,
        @Positive @Max(ApiKeyLimits.MAX_REQUESTS_PER_MINUTE)
        @Schema(description = "Own rate limit of the key; the gateway default when absent", format = "int32")
        Integer requestsPerMinute) {
}
