package org.maillage.gateway.apikeys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.security.ApiKeySecrets;
import org.maillage.gateway.security.KeyChanges;
import org.maillage.gateway.security.SecretRotation;

/** Issues, rotates and revokes partner keys. */
@ApplicationScoped
public class ApiKeyService {

    private final KeyChanges changes;

    public ApiKeyService(KeyChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public IssuedApiKey create(CreateApiKeyRequest request) {
        List<String> unknown = request.scopes().stream().filter(scope -> !Scopes.KNOWN.contains(scope)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new UnprocessableException("Unknown scopes: " + unknown, List.of(new FieldError("scopes",
                    "unknown", "Known scopes: " + Scopes.KNOWN.stream().sorted().toList())));
        }
        if (ApiKey.count() >= ApiKeyLimits.MAX_KEYS) {
            throw new UnprocessableException("The gateway holds at most " + ApiKeyLimits.MAX_KEYS
                    + " API keys, revoked ones included", List.of());
        }
        ApiKey key = new ApiKey();
        key.id = TimeOrderedIds.next();
        key.name = request.name();
        key.organisationId = request.organisationId();
        key.scopes = String.join(" ", request.scopes().stream().sorted().toList());
        key.requestsPerMinute = request.requestsPerMinute();
        key.createdAt = DatabaseClock.now();
        String secret = renewSecret(key);
        key.persist();
        return new IssuedApiKey(ApiKeyView.of(key), secret);
    }

    @Transactional
    public List<ApiKeyView> list() {
        return ApiKey.<ApiKey>listAll().stream()
                .sorted((a, b) -> a.createdAt.compareTo(b.createdAt)).map(ApiKeyView::of).toList();
    }

    /**
     * A new secret under a new prefix. The replaced secret keeps working for the grace period (none: it stops at
     * once); a secret kept from an earlier rotation stops now, so a key has at most two working secrets.
     */
    @Transactional
    public IssuedApiKey rotate(UUID id, Duration gracePeriod) {
        ApiKey key = find(id);
        String replacedPrefix = key.prefix;
        String replacedHash = key.secretHash;
        changes.changed(replacedPrefix, key.previousPrefix);
        key.previousValidUntil = SecretRotation.replacedUntil(DatabaseClock.now(), gracePeriod);
        key.previousPrefix = key.previousValidUntil != null ? replacedPrefix : null;
        key.previousSecretHash = key.previousValidUntil != null ? replacedHash : null;
        String secret = renewSecret(key);
        key.rotatedAt = DatabaseClock.now();
        return new IssuedApiKey(ApiKeyView.of(key), secret);
    }

    @Transactional
    public ApiKeyView revoke(UUID id) {
        ApiKey key = find(id);
        if (key.revokedAt == null) {
            key.revokedAt = DatabaseClock.now();
        }
        changes.changed(key.prefix, key.previousPrefix);
        return ApiKeyView.of(key);
    }

    private ApiKey find(UUID id) {
        return ApiKey.<ApiKey>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("api-key", id));
    }

    private static String renewSecret(ApiKey key) {
        key.prefix = ApiKeySecrets.newPrefix();
        String secret = ApiKeySecrets.newKey(key.prefix);
        key.secretHash = ApiKeySecrets.sha256(secret);
        return secret;
    }
}
