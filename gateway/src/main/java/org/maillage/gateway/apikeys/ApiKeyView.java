package org.maillage.gateway.apikeys;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.maillage.gateway.security.SecretRotation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An API key as listed: never its secret")
public record ApiKeyView(UUID id,
                         @Schema(maxLength = ApiKeyLimits.MAX_PREFIX_LENGTH, pattern = "^[A-Za-z0-9]+$") String prefix,
                         @Schema(maxLength = ApiKeyLimits.MAX_NAME_LENGTH) String name,
                         UUID organisationId,
                         @Schema(maxItems = ApiKeyLimits.MAX_SCOPES) Set<@Size(max = ApiKeyLimits.MAX_SCOPE_LENGTH) String> scopes,
                         @Schema(minimum = "1", maximum = "" + ApiKeyLimits.MAX_REQUESTS_PER_MINUTE, format = "int32")
                         Integer requestsPerMinute,
                         Instant createdAt, Instant rotatedAt, Instant revokedAt, Instant lastUsedAt,
                         @Schema(description = "Until when the secret replaced by the last rotation still works; "
                                 + "absent when it no longer does")
                         Instant previousSecretValidUntil) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id, key.prefix, key.name, key.organisationId, key.scopeSet(), key.requestsPerMinute, key.createdAt,
                key.rotatedAt, key.revokedAt, key.lastUsedAt, SecretRotation.graceEnd(key.previousValidUntil));
    }
}
