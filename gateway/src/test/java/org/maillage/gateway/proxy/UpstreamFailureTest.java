package org.maillage.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.InjectStubUpstreams;
import org.maillage.gateway.support.StubUpstreams;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.maillage.testsupport.LocalInfrastructureResource;

/** A service that is down or too slow gets the caller a prompt problem document, never a hang. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class UpstreamFailureTest {

    @BeforeEach
    void authenticateAsAdmin() {
        TestCredentials.useAdminKey();
    }


    private static final Logger LOG = Logger.getLogger(UpstreamFailureTest.class);

    @InjectStubUpstreams
    StubUpstreams stubs;

    @Test
    void serviceDownIsAPromptServiceUnavailableProblem() {
        given().get("/api/v1/alliances/inspect").then().statusCode(200);
        stubs.stop("alliances");
        try {
            long started = System.nanoTime();
            Response response = given().header("X-Request-Id", "down-1")
                    .contentType("application/json")
                    .body("{\"name\":\"Alliance pour l'emploi\"}")
                    .post("/api/v1/alliances/inspect");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            response.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("X-Request-Id", "down-1")
                    .body("type", equalTo("https://maillage.org/problems/upstream-unavailable"))
                    .body("title", equalTo("Service unavailable"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("alliances"))
                    .body("instance", equalTo("/api/v1/alliances/inspect"))
                    .body("correlationId", equalTo("down-1"));
            LOG.infof("503 for a service that is down answered in %d ms", elapsed.toMillis());
            assertTrue(elapsed.toMillis() < 1000, "took " + elapsed);
        } finally {
            stubs.restart("alliances");
        }
        given().get("/api/v1/alliances/inspect").then().statusCode(200).body("service", equalTo("alliances"));
    }

    @Test
    void slowServiceIsAGatewayTimeoutProblem() {
        long started = System.nanoTime();
        Response response = given().header("X-Request-Id", "slow-1").get("/api/v1/alliances/report/slow?ms=5000");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        response.then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://maillage.org/problems/upstream-timeout"))
                .body("status", equalTo(504))
                .body("detail", containsString("alliances"))
                .body("correlationId", equalTo("slow-1"));
        LOG.infof("504 for a slow service answered in %d ms", elapsed.toMillis());
        assertTrue(elapsed.toMillis() >= StubUpstreamsResource.IDLE_TIMEOUT_MILLIS, "took " + elapsed);
        assertTrue(elapsed.toMillis() < 5000, "took " + elapsed);
    }

    @Test
    void readDroppedBeforeAnyAnswerIsRetried() {
        given().get("/api/v1/alliances/report/flaky?key=read-1&failures=2")
                .then().statusCode(200).body(equalTo("answered on attempt 3"));
        given().get("/api/v1/alliances/report/flaky-hits?key=read-1").then().body(equalTo("3"));
    }

    @Test
    void writeDroppedBeforeAnyAnswerIsNeverRepeated() {
        given().contentType("application/json").body("{}")
                .post("/api/v1/alliances/report/flaky?key=write-1&failures=1")
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("https://maillage.org/problems/bad-gateway"));
        given().get("/api/v1/alliances/report/flaky-hits?key=write-1").then().body(equalTo("1"));
    }

    @Test
    void readStillFailingAfterItsRetriesIsABadGatewayProblem() {
        given().get("/api/v1/alliances/report/flaky?key=read-2&failures=10")
                .then().statusCode(502).contentType("application/problem+json");
        // The first attempt and the two configured retries, no more.
        given().get("/api/v1/alliances/report/flaky-hits?key=read-2").then().body(equalTo("3"));
    }
}
