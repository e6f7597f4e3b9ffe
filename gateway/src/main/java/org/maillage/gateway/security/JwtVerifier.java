package org.maillage.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.config.SecurityConfig;

/**
 * Verifies front-end bearer tokens: signature (RS256 or ES256 only) by a key of the identity provider's JWKS
 * chosen by {@code kid}, or by the configured static key; issuer; audience; expiry; a lifetime no longer than
 * configured. Scopes come from {@code scope} (space-separated) or {@code scp}; {@code admin} only through the
 * configured admin claim mapping; {@code org} binds the caller to an organisation.
 */
@ApplicationScoped
public class JwtVerifier {

    private static final Logger LOG = Logger.getLogger(JwtVerifier.class);
    private static final int CLOCK_SKEW_SECONDS = 30;
    /** The identity provider is outside the suite: a slow one must not hold a worker thread for long. */
    private static final int JWKS_TIMEOUT_MILLIS = 2000;

    private record AdminMapping(String claim, String value) {
    }

    private final Optional<JwtConsumer> consumer;
    private final boolean fetchesKeys;
    private final long maxLifetimeSeconds;
    private final Optional<AdminMapping> admin;

    public JwtVerifier(SecurityConfig config) {
        SecurityConfig.Jwt jwt = config.jwt();
        this.fetchesKeys = jwt.jwksUrl().isPresent();
        this.maxLifetimeSeconds = jwt.maxLifetime().toSeconds();
        this.admin = adminMapping(jwt);
        this.consumer = keyResolver(jwt).map(keys -> new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setExpectedIssuer(jwt.issuer())
                .setExpectedAudience(jwt.audience())
                .setVerificationKeyResolver(keys)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256", "ES256")
                .build());
    }

    public static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /** True when verifying may fetch the key set over the network, so it must not run on an event loop. */
    public boolean mayBlock() {
        return fetchesKeys;
    }

    public Optional<AuthenticatedCaller> verify(String token) {
        if (consumer.isEmpty()) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.get().processToClaims(token);
            if (!withinLifetime(claims)) {
                LOG.debugf("Refused a token of subject %s: it lives longer than %d s", claims.getSubject(),
                        maxLifetimeSeconds);
                return Optional.empty();
            }
            Set<String> scopes = new HashSet<>(words(claims.getClaimValue("scope")));
            scopes.addAll(words(claims.getClaimValue("scp")));
            scopes.retainAll(Scopes.KNOWN);
            scopes.remove(Scopes.ADMIN);
            if (admin.isPresent() && words(claims.getClaimValue(admin.get().claim())).contains(admin.get().value())) {
                scopes.add(Scopes.ADMIN);
            }
            String org = claims.getClaimValue("org", String.class);
            return Optional.of(new AuthenticatedCaller("jwt", "jwt:" + claims.getSubject(),
                    org == null ? null : UUID.fromString(org), scopes, null));
        } catch (InvalidJwtException | IllegalArgumentException | MalformedClaimException e) {
            LOG.debugf("Refused a token: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code exp - iat} within the maximum, and no {@code iat} in the future to stretch it. */
    private boolean withinLifetime(JwtClaims claims) throws MalformedClaimException {
        NumericDate issuedAt = claims.getIssuedAt();
        long expiresAt = claims.getExpirationTime().getValue();
        return expiresAt - issuedAt.getValue() <= maxLifetimeSeconds
                && issuedAt.getValue() <= NumericDate.now().getValue() + CLOCK_SKEW_SECONDS;
    }

    private static Optional<AdminMapping> adminMapping(SecurityConfig.Jwt jwt) {
        if (jwt.adminClaim().isPresent() != jwt.adminClaimValue().isPresent()) {
            throw new IllegalArgumentException("maillage.gateway.security.jwt.admin-claim and admin-claim-value "
                    + "are set together or not at all");
        }
        return jwt.adminClaim().map(claim -> new AdminMapping(claim, jwt.adminClaimValue().orElseThrow()));
    }

    /** Tokens naming a {@code kid} are verified by the JWKS when one is configured, the others by the static key. */
    private static Optional<VerificationKeyResolver> keyResolver(SecurityConfig.Jwt jwt) {
        Optional<PublicKey> staticKey = jwt.publicKey().map(JwtVerifier::publicKey);
        Optional<VerificationKeyResolver> fromJwks = jwt.jwksUrl().map(url -> jwksResolver(url.toString(), jwt));
        if (fromJwks.isEmpty()) {
            return staticKey.map(key -> (jws, nesting) -> key);
        }
        if (staticKey.isEmpty()) {
            return fromJwks;
        }
        return Optional.of((jws, nesting) -> jws.getKeyIdHeaderValue() == null ? staticKey.get()
                : fromJwks.get().resolveKey(jws, nesting));
    }

    private static VerificationKeyResolver jwksResolver(String url, SecurityConfig.Jwt jwt) {
        HttpsJwks jwks = new HttpsJwks(url);
        jwks.setDefaultCacheDuration(jwt.jwksCacheDuration().toSeconds());
        // An unknown kid triggers a fetch (so rotated keys work without restart), at most once per interval.
        jwks.setRefreshReprieveThreshold(jwt.jwksRefreshMinInterval().toMillis());
        jwks.setRetainCacheOnErrorDuration(jwt.jwksCacheDuration().toSeconds());
        Get get = new Get();
        get.setConnectTimeout(JWKS_TIMEOUT_MILLIS);
        get.setReadTimeout(JWKS_TIMEOUT_MILLIS);
        jwks.setSimpleHttpGet(get);
        return new HttpsJwksVerificationKeyResolver(jwks);
    }

    private static List<String> words(Object claim) {
        if (claim instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        if (claim instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static PublicKey publicKey(String pem) {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (java.security.GeneralSecurityException ignored) {
                // Try the next algorithm: the PEM does not say which it is.
            }
        }
        throw new IllegalArgumentException("maillage.gateway.security.jwt.public-key is neither an RSA nor an EC key");
    }
}
