package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;
import org.maillage.local.Service;
import org.maillage.testsupport.Eventually;

/** A partner's write and what it caused in the other services are one trace, found in every service's log. */
@ExtendWith(SharedSuite.class)
class TracingEndToEndTest {

    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);
    private static final String REGISTERED = "org.maillage.actor.registered.v1";
    private static LocalSuite suite;

    @BeforeAll
    static void useSuite() {
        suite = SharedSuite.throughGateway();
    }

    @Test
    void theConsumersOfAWritesEventLogItWithTheCallersTraceId() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpanId = HexFormat.of().formatHex(randomBytes(8));
        Response registered = given().header("X-API-Key", suite.adminApiKey())
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType(ContentType.JSON).body(Map.of("name", "Épicerie solidaire du Bugey", "kind", "ASSOCIATION"))
                .post("/api/v1/actors");
        assertEquals(201, registered.statusCode(), registered.asString());

        for (Service consumer : List.of(Service.ALLIANCES, Service.DIAGNOSTICS, Service.GATEWAY)) {
            Path log = suite.config().logsDir().resolve(consumer.module() + ".log");
            assertTrue(Eventually.holds(() -> handledLine(log, traceId), EVENT_TRAVEL),
                    consumer.module() + " logged no " + REGISTERED + " handled in trace " + traceId);
        }
    }

    /** A plain (not JSON) line of the event consumer, with the trace id where the console format puts it. */
    private static boolean handledLine(Path log, String traceId) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().anyMatch(line ->
                    line.contains("traceId=" + traceId + " ") && line.contains("Handled event")
                            && line.contains("(" + REGISTERED + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
