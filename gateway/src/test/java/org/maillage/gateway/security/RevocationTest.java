package org.maillage.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.config.SecurityConfig;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * A second gateway instance, built from the same components on the same gateway database, stands beside the
 * one under test: a key revoked through the first must stop working on the second within a second, although
 * the second had it cached and its cache TTL is far longer.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class RevocationTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SecurityConfig config;
    @Inject
    StoredKeys keys;
    @Inject
    JwtVerifier jwt;
    @Inject
    LastUseRecorder lastUses;
    @Inject
    AddressLimiter addresses;
    @Inject
    Vertx vertx;

    private KeyCache otherCache;
    private KeyChangeListener otherListener;
    private Authenticator otherInstance;

    @BeforeEach
    void startAnotherInstance() {
        TestCredentials.useNoCredentials();
        otherCache = new KeyCache(config);
        otherListener = new KeyChangeListener(dataSource, otherCache);
        otherListener.start();
        otherInstance = new Authenticator(config, otherCache, keys, jwt, lastUses, addresses, vertx,
                new AccessMeters(new SimpleMeterRegistry()));
    }

    @AfterEach
    void stopIt() throws InterruptedException {
        otherListener.stop();
    }

    @Test
    void aKeyRevokedThroughOneInstanceIsRefusedByAnotherWithinASecond() throws Exception {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String secret = created.getString("secret");
        String prefix = created.getString("key.prefix");
        assertTrue(config.keyCacheTtl().compareTo(WITHIN.multipliedBy(5)) > 0, "a TTL this short would prove nothing");
        assertTrue(Eventually.holds(() -> authenticatedByOther(secret) && otherCache.fresh(prefix).isPresent(),
                Duration.ofSeconds(10)), "the other instance serves the key from its cache");

        given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .post("/api/v1/admin/api-keys/" + created.getString("key.id") + "/revoke").then().statusCode(200);
        long revokedAt = System.nanoTime();
        // This instance evicted on commit: refused at once.
        given().header("X-API-Key", secret).get("/api/v1/actors/inspect").then().statusCode(401);
        while (authenticatedByOther(secret)) {
            assertTrue(System.nanoTime() - revokedAt < WITHIN.toNanos(), "still accepted after a second");
            Thread.sleep(20);
        }
    }

    @Test
    void aRotatedSecretIsRefusedByAnotherInstanceWithinASecond() throws Exception {
        JsonPath created = AdminApi.createKey(List.of("actors:read"), null);
        String secret = created.getString("secret");
        assertTrue(Eventually.holds(() -> authenticatedByOther(secret)
                && otherCache.fresh(created.getString("key.prefix")).isPresent(), Duration.ofSeconds(10)));

        String fresh = given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .post("/api/v1/admin/api-keys/" + created.getString("key.id") + "/rotate")
                .then().statusCode(200).extract().path("secret");
        long rotatedAt = System.nanoTime();
        while (authenticatedByOther(secret)) {
            assertTrue(System.nanoTime() - rotatedAt < WITHIN.toNanos(), "the old secret still works after a second");
            Thread.sleep(20);
        }
        assertTrue(authenticatedByOther(fresh));
    }

    private boolean authenticatedByOther(String secret) {
        try {
            Optional<AuthenticatedCaller> caller = otherInstance.authenticate(secret, "198.51.100.7")
                    .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS).caller();
            return caller.isPresent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
