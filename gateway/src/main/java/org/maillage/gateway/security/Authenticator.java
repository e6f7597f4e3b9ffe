package org.maillage.gateway.security;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.config.SecurityConfig;

/** Finds the caller of a request from {@code X-API-Key} or {@code Authorization: Bearer}, never blocking. */
@ApplicationScoped
public class Authenticator {

    public static final String API_KEY_HEADER = "X-API-Key";

    private final Optional<String> bootstrapHash;
    private final KeyCache cache;
    private final StoredKeys keys;
    private final JwtVerifier jwt;
    private final LastUseRecorder lastUses;
    private final AddressLimiter addresses;
    private final Vertx vertx;
    private final AccessMeters meters;

    public Authenticator(SecurityConfig config, KeyCache cache, StoredKeys keys, JwtVerifier jwt,
                         LastUseRecorder lastUses, AddressLimiter addresses, Vertx vertx, AccessMeters meters) {
        this.bootstrapHash = config.bootstrapAdminKeySha256().map(String::trim).filter(hash -> !hash.isEmpty());
        this.cache = cache;
        this.keys = keys;
        this.jwt = jwt;
        this.lastUses = lastUses;
        this.addresses = addresses;
        this.vertx = vertx;
        this.meters = meters;
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

    /**
     * What a credential proved: a caller; nothing (unknown, revoked, expired or forged); or nothing yet, because
     * the address already tried as many unknown key prefixes as it may ({@code throttled}).
     */
    public record Authentication(Optional<AuthenticatedCaller> caller, Optional<RateLimiter.Decision> throttled) {

        static Authentication of(Optional<AuthenticatedCaller> caller) {
            return new Authentication(caller, Optional.empty());
        }
    }

    /** @param address the client address ({@link ClientAddress}), charged for prefixes no key owns */
    public Future<Authentication> authenticate(String credential, String address) {
        String hash = ApiKeySecrets.sha256(credential);
        if (bootstrapHash.isPresent() && ApiKeySecrets.sameHash(hash, bootstrapHash.get())) {
            return Future.succeededFuture(Authentication.of(
                    Optional.of(new AuthenticatedCaller("bootstrap", "bootstrap", null, Set.of(Scopes.ADMIN), null))));
        }
        Optional<ApiKeySecrets.Presented> presented = ApiKeySecrets.parse(credential);
        if (presented.isEmpty()) {
            if (!JwtVerifier.looksLikeJwt(credential)) {
                return Future.succeededFuture(Authentication.of(Optional.empty()));
            }
            return (jwt.mayBlock() ? vertx.executeBlocking(() -> jwt.verify(credential), false)
                    : Future.succeededFuture(jwt.verify(credential))).map(Authentication::of);
        }
        String prefix = presented.get().prefix();
        Optional<KeyCache.Entry> cached = cache.fresh(prefix);
        meters.keyLookedUp(cached.isPresent());
        Future<KeyCache.Entry> entry;
        if (cached.isPresent()) {
            entry = Future.succeededFuture(cached.get());
        } else {
            RateLimiter.Decision lookup = addresses.lookUp(address);
            if (!lookup.allowed()) {
                return Future.succeededFuture(new Authentication(Optional.empty(), Optional.of(lookup)));
            }
            entry = vertx.executeBlocking(() -> load(prefix), false).onSuccess(loaded -> {
                if (!loaded.secretHash().isEmpty()) {
                    addresses.prefixFound(address);
                }
            });
        }
        return entry.map(known -> Authentication.of(known.caller()
                        .filter(caller -> known.usable() && ApiKeySecrets.sameHash(hash, known.secretHash()))))
                .onSuccess(found -> found.caller()
                        .ifPresent(caller -> lastUses.used(UUID.fromString(caller.subject()))));
    }

    private KeyCache.Entry load(String prefix) {
        long generation = cache.generation();
        Optional<StoredKeys.StoredKey> key = keys.byPrefix(prefix);
        KeyCache.Entry entry = new KeyCache.Entry(key.map(StoredKeys.StoredKey::secretHash).orElse(""),
                key.filter(found -> !found.revoked()).map(found ->
                        new AuthenticatedCaller("api-key", found.id().toString(), found.organisationId(),
                                found.scopes(), found.requestsPerMinute())),
                key.map(StoredKeys.StoredKey::secretValidUntil).orElse(null), System.nanoTime());
        cache.put(prefix, entry, generation);
        return entry;
    }
}
