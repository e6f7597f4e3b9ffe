package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.gateway.support.EventPublisher;
import org.maillage.gateway.support.PartnerKeys;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.gateway.support.WebhookReceiver;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class WebhookDeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void aRegisteredEndpointGetsItsSecretOnceAndIsListedWithoutIt() {
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        JsonPath created = Webhooks.create(key, "https://93.184.215.14/hooks", List.of("org.maillage.actor.*"));
        String secret = created.getString("secret");
        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]+=*"), secret);
        assertTrue(Base64.getDecoder().decode(secret.substring(6)).length >= 24);
        String id = created.getString("webhook.id");
        given().header("X-API-Key", key).get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("eventTypes", equalTo(List.of("org.maillage.actor.*")))
                .body("$", not(hasKey("secret")));
        given().header("X-API-Key", key).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void invalidTargetsAndPatternsAreRefused() {
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        given().header("X-API-Key", key).contentType("application/json")
                .body(Map.of("url", "ftp://93.184.215.14/hooks", "eventTypes", List.of("org.maillage.actor.*")))
                .post("/api/v1/webhooks").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
        given().header("X-API-Key", key).contentType("application/json")
                .body(Map.of("url", "https://93.184.215.14/hooks", "eventTypes", List.of("org maillage %")))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("eventTypes[0]"));
        given().header("X-API-Key", key).contentType("application/json")
                .body(Map.of("url", "https://93.184.215.14/hooks", "eventTypes", List.of()))
                .post("/api/v1/webhooks").then().statusCode(400);
        String withoutScope = PartnerKeys.create(UUID.randomUUID(), List.of("actors:read"));
        given().header("X-API-Key", withoutScope).get("/api/v1/webhooks").then().statusCode(403);
    }

    @Test
    void eventsAreDeliveredSignedAsStandardWebhooksSpecify() throws Exception {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath created = Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            String subject = UUID.randomUUID().toString();
            String eventId = EventPublisher.send(Topics.ACTORS, prefix + ".registered.v1", subject,
                    "{\"name\": \"La Ruche\"}");
            assertTrue(Eventually.holds(() -> receiver.received().size() == 1, WAIT));

            WebhookReceiver.Received request = receiver.received().get(0);
            assertEquals(eventId, request.header("webhook-id"));
            Webhook verifier = new Webhook(created.getString("secret"));
            assertDoesNotThrow(() -> verifier.verify(request.body(), request.headers()));
            // The verifier does check: another body, or another endpoint's secret, fails.
            assertThrows(WebhookVerificationException.class, () -> verifier.verify(request.body() + " ", request.headers()));
            assertThrows(WebhookVerificationException.class, () -> new Webhook(Webhooks.create(key,
                    receiver.url(), List.of("none.*")).getString("secret")).verify(request.body(), request.headers()));
            assertTrue(request.header("content-type").startsWith("application/json"));
            JsonPath body = new JsonPath(request.body());
            assertEquals(eventId, body.getString("id"));
            assertEquals("1.0", body.getString("specversion"));
            assertEquals(prefix + ".registered.v1", body.getString("type"));
            assertEquals(subject, body.getString("subject"));
            assertEquals("La Ruche", body.getString("data.name"));

            String id = created.getString("webhook.id");
            assertTrue(Eventually.holds(() -> "DELIVERED".equals(Webhooks.deliveries(key, id).getString("items[0].status")),
                    WAIT));
            JsonPath log = Webhooks.deliveries(key, id);
            assertEquals(eventId, log.getString("items[0].messageId"));
            assertEquals(List.of(204), log.getList("items[0].attempts.statusCode"));
        }
    }

    @Test
    void aDeliveryJoinsTheTraceOfTheWriteItsEventReports() {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String writeSpanId = "00f067aa0ba902b7";
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            EventPublisher.send(Topics.ACTORS, prefix + ".registered.v1", UUID.randomUUID().toString(),
                    "{\"name\": \"La Ruche\"}", "00-" + traceId + "-" + writeSpanId + "-01");
            EventPublisher.send(Topics.ACTORS, prefix + ".renamed.v1", UUID.randomUUID().toString(),
                    "{\"name\": \"La Ruche\"}");
            assertTrue(Eventually.holds(() -> receiver.received().size() == 2, WAIT));

            String traceparent = receiver.received().stream()
                    .filter(request -> request.body().contains(".registered.v1")).findFirst().orElseThrow()
                    .header("traceparent");
            assertTrue(traceparent.matches("00-" + traceId + "-[0-9a-f]{16}-01"), traceparent);
            assertFalse(traceparent.contains(writeSpanId), "the attempt is a span of its own, child of the write");
            String untraced = receiver.received().stream()
                    .filter(request -> request.body().contains(".renamed.v1")).findFirst().orElseThrow()
                    .header("traceparent");
            assertTrue(untraced.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01") && !untraced.contains(traceId), untraced);
        }
    }

    @Test
    void aFailedAttemptIsRetriedWithTheSameIdAndAValidSignature() {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "alliances:read"));
        try (WebhookReceiver receiver = new WebhookReceiver().answering(500)) {
            JsonPath created = Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            String eventId = EventPublisher.send(Topics.ALLIANCES, prefix + ".proposed.v1",
                    UUID.randomUUID().toString(), "{}");
            assertTrue(Eventually.holds(() -> receiver.received().size() == 2, WAIT));

            Webhook verifier = new Webhook(created.getString("secret"));
            for (WebhookReceiver.Received request : receiver.received()) {
                assertEquals(eventId, request.header("webhook-id"));
                assertDoesNotThrow(() -> verifier.verify(request.body(), request.headers()));
            }
            assertEquals(receiver.received().get(0).body(), receiver.received().get(1).body());
            String id = created.getString("webhook.id");
            assertTrue(Eventually.holds(() -> "DELIVERED".equals(Webhooks.deliveries(key, id).getString("items[0].status")),
                    WAIT));
            JsonPath log = Webhooks.deliveries(key, id);
            assertEquals(List.of(500, 204), log.getList("items[0].attempts.statusCode"));
            assertEquals(2, log.getInt("items[0].attemptCount"));
            given().header("X-API-Key", key).get("/api/v1/webhooks/" + id).then().body("failingSince", equalTo(null));
        }
    }

    @Test
    void anEndpointAnswering410IsDisabledWithItsReasonAndCanBeEnabledAndRedelivered() {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        try (WebhookReceiver receiver = new WebhookReceiver().answering(410)) {
            JsonPath created = Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            String id = created.getString("webhook.id");
            String eventId = EventPublisher.send(Topics.ACTORS, prefix + ".archived.v1",
                    UUID.randomUUID().toString(), "{}");
            assertTrue(Eventually.holds(() -> "DISABLED".equals(given().header("X-API-Key", key)
                    .get("/api/v1/webhooks/" + id).jsonPath().getString("status")), WAIT));
            given().header("X-API-Key", key).get("/api/v1/webhooks/" + id).then()
                    .body("disabledReason", containsString("410")).body("disabledAt", not(equalTo(null)));
            JsonPath log = Webhooks.deliveries(key, id);
            assertEquals("FAILED", log.getString("items[0].status"));
            assertEquals(1, receiver.received().size());
            String deliveryId = log.getString("items[0].id");

            given().header("X-API-Key", key).post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver")
                    .then().statusCode(409).contentType("application/problem+json");
            given().header("X-API-Key", key).post("/api/v1/webhooks/" + id + "/enable").then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("disabledReason", equalTo(null));
            given().header("X-API-Key", key).post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver")
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            assertTrue(Eventually.holds(() -> receiver.received().size() == 2, WAIT));
            WebhookReceiver.Received again = receiver.received().get(1);
            assertEquals(eventId, again.header("webhook-id"));
            assertDoesNotThrow(() -> new Webhook(created.getString("secret")).verify(again.body(), again.headers()));
            assertTrue(Eventually.holds(() -> "DELIVERED".equals(Webhooks.deliveries(key, id).getString("items[0].status")),
                    WAIT));
            assertEquals(List.of(410, 204), Webhooks.deliveries(key, id).getList("items[0].attempts.statusCode"));
        }
    }

    @Test
    void aSubscriberReceivesOnlyEventsItsScopesMayRead() {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = Webhooks.create(key, receiver.url(), List.of("*")).getString("webhook.id");
            String allianceEvent = EventPublisher.send(Topics.ALLIANCES, prefix + ".proposed.v1",
                    UUID.randomUUID().toString(), "{}");
            String actorEvent = EventPublisher.send(Topics.ACTORS, prefix + ".registered.v1",
                    UUID.randomUUID().toString(), "{}");
            // Deliveries are queued in the transaction that adds the event to the feed: once both events are
            // in the feed, every delivery they will ever cause exists.
            assertTrue(Eventually.holds(() -> given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .queryParam("types", prefix + ".*").get("/api/v1/events").jsonPath().getList("items").size() == 2,
                    WAIT));
            assertTrue(Eventually.holds(() -> receiver.received().stream()
                    .anyMatch(request -> actorEvent.equals(request.header("webhook-id"))), WAIT));
            List<String> queued = Webhooks.deliveries(key, id).getList("items.messageId");
            assertTrue(queued.contains(actorEvent));
            assertTrue(!queued.contains(allianceEvent), "an alliance event was queued for a key without alliances:read");
            assertTrue(receiver.received().stream().noneMatch(request -> allianceEvent.equals(request.header("webhook-id"))));
        }
    }

    @Test
    void anotherOrganisationsEndpointDoesNotExistForAPartner() {
        String owner = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String stranger = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String id = Webhooks.create(owner, "https://93.184.215.14/hooks", List.of("*")).getString("webhook.id");
        given().header("X-API-Key", stranger).get("/api/v1/webhooks/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-API-Key", stranger).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        given().header("X-API-Key", stranger).contentType("application/json").body(Map.of("description", "mine"))
                .patch("/api/v1/webhooks/" + id).then().statusCode(404);
        given().header("X-API-Key", stranger).delete("/api/v1/webhooks/" + id).then().statusCode(404);
        given().header("X-API-Key", stranger).post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(404);
        List<String> visible = given().header("X-API-Key", stranger).get("/api/v1/webhooks").jsonPath().getList("items.id");
        assertTrue(!visible.contains(id));
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).get("/api/v1/webhooks/" + id).then().statusCode(200);
        given().header("X-API-Key", owner).contentType("application/json").body(Map.of("description", "CRM"))
                .patch("/api/v1/webhooks/" + id).then().statusCode(200).body("description", equalTo("CRM"));
        String rotated = given().header("X-API-Key", owner).post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");
        assertTrue(rotated.startsWith("whsec_"));
        given().header("X-API-Key", owner).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().header("X-API-Key", owner).get("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void anEndpointFailingLongerThanAllowedIsDisabledWithItsReason() throws Exception {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        try (WebhookReceiver receiver = new WebhookReceiver().answering(503, 503, 503, 503)) {
            String id = Webhooks.create(key, receiver.url(), List.of(prefix + ".*")).getString("webhook.id");
            // As if every attempt had failed for four days (more than disable-after, 3 days by default).
            try (Connection db = DriverManager.getConnection(LocalInfrastructureResource.jdbcUrl(),
                    LocalInfrastructureResource.jdbcUsername(), LocalInfrastructureResource.jdbcPassword());
                 PreparedStatement age = db.prepareStatement(
                         "UPDATE webhook_endpoint SET failing_since = now() - interval '4 days' WHERE id = ?")) {
                age.setObject(1, UUID.fromString(id));
                age.executeUpdate();
            }
            EventPublisher.send(Topics.ACTORS, prefix + ".updated.v1", UUID.randomUUID().toString(), "{}");
            assertTrue(Eventually.holds(() -> "DISABLED".equals(given().header("X-API-Key", key)
                    .get("/api/v1/webhooks/" + id).jsonPath().getString("status")), WAIT));
            given().header("X-API-Key", key).get("/api/v1/webhooks/" + id).then()
                    .body("disabledReason", containsString("Every attempt failed since"))
                    .body("disabledReason", containsString("HTTP 503"));
            assertEquals(1, receiver.received().size());
            assertEquals("PENDING", Webhooks.deliveries(key, id).getString("items[0].status"));
        }
    }

    @Test
    void theEndpointsOfARevokedKeyReceiveNothingMore() {
        String prefix = EventPublisher.uniqueTypePrefix();
        JsonPath issued = PartnerKeys.issue(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String key = issued.getString("secret");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = Webhooks.create(key, receiver.url(), List.of(prefix + ".*")).getString("webhook.id");
            given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .post("/api/v1/admin/api-keys/" + issued.getString("key.id") + "/revoke").then().statusCode(200);
            EventPublisher.send(Topics.ACTORS, prefix + ".updated.v1", UUID.randomUUID().toString(), "{}");
            assertTrue(Eventually.holds(() -> given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .queryParam("types", prefix + ".*").get("/api/v1/events").jsonPath().getList("items").size() == 1,
                    WAIT));
            assertEquals(List.of(), Webhooks.deliveries(TestCredentials.ADMIN_KEY, id).getList("items"));
            assertEquals(List.of(), receiver.received());
        }
    }
}
