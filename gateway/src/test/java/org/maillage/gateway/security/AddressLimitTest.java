package org.maillage.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.LoopbackCaller;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.RawHttp;

/** Each test calls from a loopback address of its own, so that each starts with full buckets. */
@QuarkusTest
@TestProfile(AddressLimitTest.NarrowAddressLimits.class)
class AddressLimitTest {

    private static final int CAPACITY = 5;
    private static final int UNKNOWN_PREFIXES = 3;

    /** Its own application, so that these narrow limits never refuse another test's calls. */
    public static class NarrowAddressLimits implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalInfrastructureResource.class),
                    new TestResourceEntry(NarrowAddressLimitStubs.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    public static class NarrowAddressLimitStubs extends StubUpstreamsResource {
        @Override
        protected Map<String, String> overrides() {
            return Map.of("maillage.gateway.security.address-limit.capacity", String.valueOf(CAPACITY),
                    "maillage.gateway.security.address-limit.period", "10m",
                    "maillage.gateway.security.address-limit.unknown-prefixes", String.valueOf(UNKNOWN_PREFIXES));
        }
    }

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void callsWithoutAValidCredentialAreLimitedPerAddressAndTheirAnswersSaySo() {
        LoopbackCaller stranger = caller("127.0.0.11");
        for (int remaining = CAPACITY - 1; remaining >= 0; remaining--) {
            Map<String, String> credential = remaining % 2 == 0 ? Map.of() : Map.of("X-API-Key", "nonsense");
            RawHttp.Response answer = stranger.get("/api/v1/actors/inspect", credential);
            assertEquals(401, answer.status(), answer.body());
            assertEquals(String.valueOf(CAPACITY), answer.header("RateLimit-Limit"));
            assertEquals(String.valueOf(remaining), answer.header("RateLimit-Remaining"));
            assertTrue(Long.parseLong(answer.header("RateLimit-Reset")) > 0);
        }
        RawHttp.Response refused = stranger.get("/api/v1/actors/inspect", Map.of());
        assertTooMany(refused, "without a valid credential");
        // Refused before the key is even looked at, a valid one included: the address is what is limited.
        assertEquals(429, stranger.get("/api/v1/actors/inspect", Map.of("X-API-Key", TestCredentials.ADMIN_KEY)).status());

        LoopbackCaller neighbour = caller("127.0.0.12");
        assertEquals(401, neighbour.get("/api/v1/actors/inspect", Map.of()).status());
        assertEquals(200, neighbour.get("/api/v1/actors/inspect", Map.of("X-API-Key", TestCredentials.ADMIN_KEY)).status());
    }

    @Test
    void anAddressMayTryOnlyAFewUnknownKeyPrefixes() {
        // Found keys give their lookup back: an address may use as many real keys as it holds.
        LoopbackCaller prober = caller("127.0.0.13");
        for (int i = 0; i < UNKNOWN_PREFIXES + 1; i++) {
            String real = AdminApi.createKey(List.of("actors:read"), null).getString("secret");
            assertEquals(200, prober.get("/api/v1/actors/inspect", Map.of("X-API-Key", real)).status());
        }
        List<String> guesses = List.of("mlk_00000000000000a1_x", "mlk_00000000000000a2_x", "mlk_00000000000000a3_x");
        for (String guess : guesses) {
            assertEquals(401, prober.get("/api/v1/actors/inspect", Map.of("X-API-Key", guess)).status());
        }
        assertTooMany(prober.get("/api/v1/actors/inspect", Map.of("X-API-Key", "mlk_00000000000000a4_x")),
                "unknown API keys");
        // A prefix already known to be unknown needs no lookup: refused as a bad key, and counted as one.
        RawHttp.Response again = prober.get("/api/v1/actors/inspect", Map.of("X-API-Key", guesses.get(0)));
        assertEquals(401, again.status());
        assertEquals(String.valueOf(CAPACITY - UNKNOWN_PREFIXES - 1), again.header("RateLimit-Remaining"));

        String unseen = AdminApi.createKey(List.of("actors:read"), null).getString("secret");
        assertEquals(200, caller("127.0.0.14").get("/api/v1/actors/inspect", Map.of("X-API-Key", unseen)).status());
    }

    @Test
    void publicDocumentsCountAgainstTheAddressAndCarryItsLimit() {
        LoopbackCaller reader = caller("127.0.0.15");
        List<String> documents = List.of("/openapi", "/openapi.yaml", "/identity/jwks.json", "/asyncapi", "/asyncapi.yaml");
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < CAPACITY; i++) {
            RawHttp.Response answer = reader.get(documents.get(i), Map.of());
            assertEquals(200, answer.status(), documents.get(i));
            assertEquals(String.valueOf(CAPACITY), answer.header("RateLimit-Limit"));
            seen.put(documents.get(i), answer.header("RateLimit-Remaining"));
        }
        assertEquals("2", seen.get("/identity/jwks.json"));
        assertTooMany(reader.get("/identity/jwks.json", Map.of()), "without a valid credential");
    }

    private static void assertTooMany(RawHttp.Response answer, String reason) {
        assertEquals(429, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("too-many-requests") && answer.body().contains(reason), answer.body());
        assertNotNull(answer.header("Retry-After"));
        assertTrue(Long.parseLong(answer.header("Retry-After")) >= 1);
        assertEquals("0", answer.header("RateLimit-Remaining"));
    }

    private static LoopbackCaller caller(String address) {
        return new LoopbackCaller(address, RestAssured.port);
    }
}
