package org.maillage.gateway.security;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.maillage.gateway.apikeys.ApiKey;
import org.maillage.gateway.apikeys.ApiKeyService;
import org.maillage.gateway.config.SecurityConfig;

/** Finds the caller of a request from {@code X-API-Key} or {@code Authorization: Bearer}, never blocking. */
@ApplicationScoped
public class Authenticator {

    public static final String API_KEY_HEADER = "X-API-Key";

    private final Optional<String> bootstrapHash;
    private final KeyCache cache;
    private final ApiKeyService keys;
    private final JwtVerifier jwt;
    private final LastUseRecorder lastUses;
    private final Vertx vertx;

    public Authenticator(SecurityConfig config, KeyCache cache, ApiKeyService keys, JwtVerifier jwt,
                         LastUseRecorder lastUses, Vertx vertx) {
        this.bootstrapHash = config.bootstrapAdminKeySha256().map(String::trim).filter(hash -> !hash.isEmpty());
        this.cache = cache;
        this.keys = keys;
        this.jwt = jwt;
        this.lastUses = lastUses;
        this.vertx = vertx;
    }

    /** The credential presented, if any: the API key header wins over a bearer token. */
    public static Optional<String> credential(HttpServerRequest request) {
        String key = request.getHeader(API_KEY_HEADER);
        if (key != null && !key.isBlank()) {
            return Optional.of(key.trim());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.empty();
    }

    /** Empty when the credential is unknown, revoked, expired or forged. */
    public Future<Optional<Caller>> authenticate(String credential) {
        String hash = ApiKeySecrets.sha256(credential);
        if (bootstrapHash.isPresent() && ApiKeySecrets.sameHash(hash, bootstrapHash.get())) {
            return Future.succeededFuture(Optional.of(new Caller("bootstrap", "bootstrap", null, Set.of(Scopes.ADMIN), null)));
        }
        Optional<ApiKeySecrets.Presented> presented = ApiKeySecrets.parse(credential);
        if (presented.isEmpty()) {
            if (!JwtVerifier.looksLikeJwt(credential)) {
                return Future.succeededFuture(Optional.empty());
            }
            return jwt.mayBlock() ? vertx.executeBlocking(() -> jwt.verify(credential), false)
                    : Future.succeededFuture(jwt.verify(credential));
        }
        String prefix = presented.get().prefix();
        Optional<KeyCache.Entry> cached = cache.fresh(prefix);
        Future<KeyCache.Entry> entry = cached.isPresent() ? Future.succeededFuture(cached.get())
                : vertx.executeBlocking(() -> load(prefix), false);
        return entry.map(known -> known.caller()
                        .filter(caller -> known.usable() && ApiKeySecrets.sameHash(hash, known.secretHash())))
                .onSuccess(caller -> caller.ifPresent(found -> lastUses.used(java.util.UUID.fromString(found.subject()))));
    }

    private KeyCache.Entry load(String prefix) {
        long generation = cache.generation();
        Optional<ApiKey> key = keys.byPrefix(prefix);
        Optional<ApiKey.PrefixSecret> secret = key.map(found -> found.secretOf(prefix));
        KeyCache.Entry entry = new KeyCache.Entry(secret.map(ApiKey.PrefixSecret::hash).orElse(""),
                key.filter(found -> !found.revoked()).map(found ->
                        new Caller("api-key", found.id.toString(), found.organisationId, found.scopeSet(),
                                found.requestsPerMinute)),
                secret.map(ApiKey.PrefixSecret::validUntil).orElse(null), System.nanoTime());
        cache.put(prefix, entry, generation);
        return entry;
    }
}
