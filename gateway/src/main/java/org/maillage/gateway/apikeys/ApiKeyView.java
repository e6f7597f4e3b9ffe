package org.maillage.gateway.apikeys;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An API key as listed: never its secret")
public record ApiKeyView(UUID id, String prefix, String name, UUID organisationId, Set<String> scopes,
                         Integer requestsPerMinute,
                         Instant createdAt, Instant rotatedAt, Instant revokedAt, Instant lastUsedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id, key.prefix, key.name, key.organisationId, key.scopeSet(), key.requestsPerMinute, key.createdAt,
                key.rotatedAt, key.revokedAt, key.lastUsedAt);
    }
}
