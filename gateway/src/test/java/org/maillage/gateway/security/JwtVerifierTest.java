package org.maillage.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.config.SecurityConfig;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.gateway.support.TestTokens;

/**
 * The verifier on its own, configured as an installation would be, against an identity provider's key set
 * served on loopback (the identity provider is outside the suite).
 */
class JwtVerifierTest {

    private static final String ISSUER = "https://id.example.org";
    private static final String AUDIENCE = "maillage-api";

    private final AtomicReference<String> publishedKeys = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer identityProvider;
    private RsaJsonWebKey current;
    private RsaJsonWebKey next;

    @BeforeEach
    void startIdentityProvider() throws Exception {
        current = key("key-1");
        next = key("key-2");
        publish(current);
        identityProvider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        identityProvider.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = publishedKeys.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        identityProvider.start();
    }

    @AfterEach
    void stopIdentityProvider() {
        identityProvider.stop(0);
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() throws Exception {
        JwtVerifier verifier = verifier(Map.of());
        long now = now();
        assertTrue(verifier.verify(token(current, claims(now, now + 300))).isPresent());
        JwtClaims foreign = claims(now, now + 300);
        foreign.setAudience("another-application");
        assertTrue(verifier.verify(token(current, foreign)).isEmpty());
        JwtClaims none = claims(now, now + 300);
        none.unsetClaim("aud");
        assertTrue(verifier.verify(token(current, none)).isEmpty());
    }

    @Test
    void aTokenLivingLongerThanTheMaximumOrForeverIsRefused() throws Exception {
        JwtVerifier verifier = verifier(Map.of("maillage.gateway.security.jwt.max-lifetime", "1h"));
        long now = now();
        assertTrue(verifier.verify(token(current, claims(now, now + 3600))).isPresent());
        assertTrue(verifier.verify(token(current, claims(now, now + 3601))).isEmpty());
        // Issued "later" so that exp - iat looks short: exp is still over an hour away.
        assertTrue(verifier.verify(token(current, claims(now + 1800, now + 3700))).isEmpty());
        JwtClaims endless = claims(now, now + 60);
        endless.unsetClaim("exp");
        assertTrue(verifier.verify(token(current, endless)).isEmpty());
        JwtClaims undated = claims(now, now + 60);
        undated.unsetClaim("iat");
        assertTrue(verifier.verify(token(current, undated)).isEmpty());
    }

    @Test
    void anUnknownKidFetchesTheKeySetAgainAtMostOncePerInterval() throws Exception {
        JwtVerifier verifier = verifier(Map.of("maillage.gateway.security.jwt.jwks-refresh-min-interval", "1s"));
        long now = now();
        assertTrue(verifier.mayBlock());
        assertTrue(verifier.verify(token(current, claims(now, now + 300))).isPresent());
        assertEquals(1, fetches.get());
        // Not published yet, and the set was fetched just now: refused without asking again.
        assertTrue(verifier.verify(token(next, claims(now, now + 300))).isEmpty());
        assertEquals(1, fetches.get());

        publish(current, next);
        Thread.sleep(1200);
        assertTrue(verifier.verify(token(next, claims(now, now + 300))).isPresent(), "the rotated key verifies");
        assertEquals(2, fetches.get());
        RsaJsonWebKey madeUp = key("made-up");
        for (int i = 0; i < 5; i++) {
            assertTrue(verifier.verify(token(madeUp, claims(now, now + 300))).isEmpty());
        }
        assertEquals(2, fetches.get(), "made-up kids within the interval cost no fetch");
        assertTrue(verifier.verify(token(current, claims(now, now + 300))).isPresent());
    }

    @Test
    void theStaticKeyStillVerifiesTokensWithoutKidBesideTheKeySet() throws Exception {
        JwtVerifier verifier = verifier(Map.of("maillage.gateway.security.jwt.issuer", TestCredentials.JWT_ISSUER,
                "maillage.gateway.security.jwt.audience", TestCredentials.JWT_AUDIENCE,
                "maillage.gateway.security.jwt.public-key", TestCredentials.pem("jwt-public.pem")));
        assertTrue(verifier.verify(TestTokens.valid(Map.of("scope", "actors:read"))).isPresent());
        assertEquals(0, fetches.get(), "a token without kid needs no key set");
        assertTrue(verifier.verify(TestTokens.signed("other-private.pem", TestCredentials.JWT_ISSUER, 300,
                Map.of())).isEmpty());
        long now = now();
        JwtClaims claims = claims(now, now + 300);
        claims.setIssuer(TestCredentials.JWT_ISSUER);
        claims.setAudience(TestCredentials.JWT_AUDIENCE);
        assertTrue(verifier.verify(token(current, claims)).isPresent(), "a token with kid is verified by the set");
    }

    @Test
    void noTokenIsAdminWithoutTheConfiguredMapping() throws Exception {
        long now = now();
        JwtClaims claims = claims(now, now + 300);
        claims.setStringListClaim("roles", List.of("admin", "maillage-admin"));
        claims.setStringListClaim("groups", List.of("admin"));
        claims.setClaim("scope", "admin actors:read");
        Optional<AuthenticatedCaller> unmapped = verifier(Map.of()).verify(token(current, claims));
        assertTrue(unmapped.isPresent());
        assertEquals(java.util.Set.of("actors:read"), unmapped.get().scopes());

        JwtVerifier mapped = verifier(Map.of("maillage.gateway.security.jwt.admin-claim", "roles",
                "maillage.gateway.security.jwt.admin-claim-value", "maillage-admin"));
        assertTrue(mapped.verify(token(current, claims)).orElseThrow().allows(Scopes.ADMIN));
        JwtClaims plainRole = claims(now, now + 300);
        plainRole.setStringListClaim("roles", List.of("admin"));
        assertFalse(mapped.verify(token(current, plainRole)).orElseThrow().allows(Scopes.ADMIN));
    }

    private JwtVerifier verifier(Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "maillage.gateway.security.jwt.issuer", ISSUER,
                "maillage.gateway.security.jwt.audience", AUDIENCE,
                "maillage.gateway.security.jwt.jwks-url",
                "http://127.0.0.1:" + identityProvider.getAddress().getPort() + "/jwks"));
        properties.putAll(overrides);
        // Durations written as Quarkus reads them (10s, 1h), as in application.properties.
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(SecurityConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return new JwtVerifier(config.getConfigMapping(SecurityConfig.class));
    }

    private void publish(JsonWebKey... keys) {
        publishedKeys.set(new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    private static RsaJsonWebKey key(String kid) throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(kid);
        return key;
    }

    private static JwtClaims claims(long issuedAt, long expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject("user-7");
        claims.setClaim("iat", issuedAt);
        claims.setClaim("exp", expiresAt);
        return claims;
    }

    private static String token(RsaJsonWebKey key, JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
