package org.maillage.e2e.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.e2e.SharedSuite;
import org.maillage.local.LocalSuite;
import org.maillage.testsupport.RawHttp;

/**
 * Malformed requests derived from the merged contract for every operation, sent through the gateway with an
 * admin key (so that every check past authorisation is reached): none may get a 5xx, and every refusal must be
 * an application/problem+json answer.
 */
@ExtendWith(SharedSuite.class)
class HostileInputTest {

    private static final int AT_LEAST = 3000;
    private static final int SENDERS = 4;
    private static final String PROBLEM = "application/problem+json";

    @Test
    void noMalformedRequestGetsA5xxAndEveryRefusalIsAProblem() throws Exception {
        LocalSuite suite = SharedSuite.suite();
        JsonNode contract = new ObjectMapper().readTree(suite.config().repoRoot()
                .resolve(Path.of("gateway", "src", "main", "openapi", "openapi.json")).toFile());
        URI gateway = suite.gatewayUrl();
        String key = unlimitedAdminKey(suite);
        HostileVariants variants = new HostileVariants(new SchemaSamples(contract),
                Fixtures.create(gateway.toString(), key));
        List<HostileRequest> requests = new ArrayList<>();
        List<ContractOperation> operations = ContractOperation.all(contract);
        operations.forEach(operation -> requests.addAll(variants.of(operation)));
        assertTrue(requests.size() >= AT_LEAST, "only " + requests.size() + " hostile requests derived");

        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (HostileRequest request : requests) {
                work.add(senders.submit(() -> {
                    RawHttp.Response response = send(gateway, key, request);
                    synchronized (statuses) {
                        statuses.computeIfAbsent(response.status(), status -> new AtomicInteger()).incrementAndGet();
                    }
                    if (response.status() >= 500 || (response.status() >= 400 && !PROBLEM.equals(response.contentType()))) {
                        failures.add(request + " → " + response.status() + " " + response.contentType() + " "
                                + response.body().substring(0, Math.min(200, response.body().length())));
                    }
                    if (sent.incrementAndGet() % 1000 == 0) {
                        System.out.printf("[hostile] %d of %d requests sent%n", sent.get(), requests.size());
                    }
                    return null;
                }));
            }
            for (Future<?> each : work) {
                each.get();
            }
        } finally {
            senders.shutdownNow();
        }
        System.out.printf("[hostile] %d requests over %d operations, answers by status: %s%n", requests.size(),
                operations.size(), statuses);
        assertTrue(failures.isEmpty(), failures.size() + " answers were 5xx or refusals without a problem body:\n"
                + failures.stream().limit(40).collect(Collectors.joining("\n")));
    }

    private static RawHttp.Response send(URI gateway, String key, HostileRequest request) throws IOException {
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
                .append(" HTTP/1.1\r\nX-API-Key: ").append(key).append("\r\nAccept: application/json, application/problem+json");
        if (request.contentType() != null) {
            head.append("\r\nContent-Type: ").append(request.contentType());
        }
        return RawHttp.send(gateway.getHost(), gateway.getPort(), head.toString(), request.body());
    }

    /** An admin key whose own rate limit lets the whole run through (the local admin key has the default one). */
    private static String unlimitedAdminKey(LocalSuite suite) {
        return given().baseUri(suite.gatewayUrl().toString()).header("X-API-Key", suite.adminApiKey())
                .contentType("application/json")
                .body("{\"name\":\"hostile input run\",\"scopes\":[\"admin\"],\"requestsPerMinute\":1000000}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("secret");
    }
}
