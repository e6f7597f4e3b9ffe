package org.maillage.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.InjectStubUpstreams;
import org.maillage.gateway.support.StubUpstreams;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.Scrapes;

/**
 * A failing service opens its circuit: callers then get a 503 at once instead of waiting on it, and the
 * circuit closes by itself once probe calls find the service back.
 */
@QuarkusTest
@TestProfile(CircuitBreakerTest.NarrowBreaker.class)
class CircuitBreakerTest {

    private static final String STATE = "resilience4j_circuitbreaker_state";

    @InjectStubUpstreams
    StubUpstreams stubs;

    @BeforeEach
    void authenticateAsAdmin() {
        TestCredentials.useAdminKey();
    }

    @Test
    void hungServiceOpensTheCircuitThenCallersAreAnsweredAtOnceUntilItRecovers() {
        // Its own timeout, shorter than the gateway-wide one: four calls in flight together all time out.
        List<CompletableFuture<Response>> slow = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().get("/api/v1/actors/report/slow?ms=4000")))
                .toList();
        slow.forEach(call -> call.join().then().statusCode(504).body("detail", containsString("1000 ms")));

        Response refused = timed(() -> given().get("/api/v1/actors/inspect"), Duration.ofMillis(1000));
        refused.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("https://maillage.org/problems/upstream-unavailable"))
                .body("detail", containsString("held back"));
        // Other services are not concerned.
        given().get("/api/v1/alliances/inspect").then().statusCode(200);

        assertTrue(Eventually.holds(() -> given().get("/api/v1/actors/inspect").statusCode() == 200,
                Duration.ofSeconds(10)), "the actors service is used again once it answers");
    }

    @Test
    void serviceDownIsAnsweredWithinASecondAndUsedAgainOnceBack() {
        given().get("/api/v1/territories/inspect").then().statusCode(200);
        stubs.stop("diagnostics");
        try {
            for (int call = 0; call < 4; call++) {
                timed(() -> given().get("/api/v1/territories/inspect"), Duration.ofMillis(1000))
                        .then().statusCode(503).contentType("application/problem+json");
            }
            timed(() -> given().get("/api/v1/territories/inspect"), Duration.ofMillis(1000))
                    .then().statusCode(503).body("detail", containsString("held back"));
            assertEquals(1, Scrapes.valueOf(STATE, "name=\"diagnostics\"", "state=\"open\""), "open, in the metrics");
            assertEquals(1, Scrapes.valueOf(STATE, "name=\"actors\"", "state=\"closed\""), "others stay closed");
        } finally {
            stubs.restart("diagnostics");
        }
        assertTrue(Eventually.holds(() -> given().get("/api/v1/territories/inspect").statusCode() == 200,
                Duration.ofSeconds(10)), "the diagnostics service is used again once it is back");
        given().get("/api/v1/territories/inspect").then().statusCode(200).body("service", equalTo("diagnostics"));
        assertTrue(Eventually.holds(() -> Scrapes.valueOf(STATE, "name=\"diagnostics\"", "state=\"closed\"") == 1,
                Duration.ofSeconds(10)), "closed again, in the metrics");
    }

    private static Response timed(java.util.function.Supplier<Response> call, Duration limit) {
        long started = System.nanoTime();
        Response response = call.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(elapsed.compareTo(limit) < 0, "answered in " + elapsed.toMillis() + " ms");
        return response;
    }

    /** Its own application, so that a circuit opened here never refuses another test's calls. */
    public static class NarrowBreaker implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalInfrastructureResource.class),
                    new TestResourceEntry(NarrowBreakerStubs.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    public static class NarrowBreakerStubs extends StubUpstreamsResource {
        @Override
        protected Map<String, String> overrides() {
            return Map.of("maillage.gateway.proxy.breaker.window", "4",
                    "maillage.gateway.proxy.breaker.minimum-calls", "4",
                    "maillage.gateway.proxy.breaker.open-for", "2s",
                    "maillage.gateway.proxy.breaker.probes", "1",
                    "maillage.gateway.proxy.timeouts.actors", "1000ms");
        }
    }
}
