package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.standardwebhooks.Webhook;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;
import org.maillage.testsupport.Eventually;

/**
 * What a partner meets at the gateway, with every service real: the territory overview composed from the three,
 * and a change made in actors-service pushed to the partner's webhook, signed, and readable in the event feed.
 */
@ExtendWith(SharedSuite.class)
class PartnerEntryTest {

    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);
    private static LocalSuite suite;

    @BeforeAll
    static void useSuite() {
        suite = SharedSuite.throughGateway();
    }

    @Test
    void overviewComposesTheThreeServices() {
        register("{\"name\":\"Épicerie solidaire de Bourg\",\"kind\":\"ASSOCIATION\",\"territories\":[{\"code\":\"01053\"}]}");
        asAdmin().queryParam("level", "DEPARTEMENT").when().get("/api/v1/territories/01/overview")
                .then().statusCode(200)
                .body("territory.code", equalTo("01"))
                .body("actors.total", greaterThanOrEqualTo(1))
                .body("actors.byWorld.NONPROFIT", greaterThanOrEqualTo(1))
                .body("alliances.total", greaterThanOrEqualTo(0))
                .body("degraded", empty())
                .body("withheld", empty());
    }

    @Test
    void changeInTheRegistryReachesThePartnersWebhookSignedAndTheFeed() throws IOException {
        String organisation = register("{\"name\":\"Centre social des Vennes\",\"kind\":\"ASSOCIATION\"}");
        String partnerKey = asAdmin().contentType("application/json")
                .body(Map.of("name", "CRM Vennes", "organisationId", organisation,
                        "scopes", List.of("actors:read", "actors:write", "webhooks:manage")))
                .when().post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("secret");
        try (Receiver receiver = new Receiver()) {
            String secret = as(partnerKey).contentType("application/json")
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("org.maillage.actor.*")))
                    .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
            String traceId = UUID.randomUUID().toString().replace("-", "");
            as(partnerKey).contentType("application/merge-patch+json; charset=UTF-8")
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .body("{\"description\":\"Accueil des familles\"}")
                    .when().patch("/api/v1/actors/" + organisation).then().statusCode(200);

            assertTrue(Eventually.holds(() -> receiver.updateOf(organisation).isPresent(), EVENT_TRAVEL),
                    "no org.maillage.actor.updated.v1 delivery for the partner's organisation");
            Receiver.Delivery delivery = receiver.updateOf(organisation).orElseThrow();
            assertDoesNotThrow(() -> new Webhook(secret).verify(delivery.body(), delivery.headers()));
            assertTrue(delivery.header("traceparent").matches("00-" + traceId + "-[0-9a-f]{16}-01"),
                    "the delivery is part of the trace of the partner's write: " + delivery.header("traceparent"));

            JsonPath feed = as(partnerKey).queryParam("types", "org.maillage.actor.updated.v1").queryParam("limit", 500)
                    .when().get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            assertTrue(feed.getList("items.id").contains(delivery.header("webhook-id")),
                    "the delivered event is in the feed under the same id");
            assertEquals(organisation, JsonPath.from(delivery.body()).getString("subject"));
        }
    }

    private static RequestSpecification as(String key) {
        return given().header("X-API-Key", key);
    }

    private static RequestSpecification asAdmin() {
        return as(suite.adminApiKey());
    }

    private static String register(String body) {
        return asAdmin().contentType("application/json").body(body).when().post("/api/v1/actors")
                .then().statusCode(201).extract().path("id");
    }

    /** The partner's endpoint: a loopback server keeping what it receives. */
    private static final class Receiver implements AutoCloseable {

        record Delivery(Map<String, List<String>> headers, String body) {
            String header(String name) {
                return headers.get(name).get(0);
            }
        }

        private final HttpServer server;
        private final List<Delivery> received = new CopyOnWriteArrayList<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Map<String, List<String>> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
                received.add(new Delivery(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/maillage";
        }

        Optional<Delivery> updateOf(String actorId) {
            return received.stream().filter(delivery -> delivery.body().contains("org.maillage.actor.updated.v1")
                    && delivery.body().contains(actorId)).findFirst();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
