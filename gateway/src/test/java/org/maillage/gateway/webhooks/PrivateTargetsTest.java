package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/** With the production defaults: no private targets, no plain http. */
@QuarkusTest
@TestProfile(PrivateTargetsTest.Strict.class)
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class PrivateTargetsTest {

    public static class Strict extends ScriptedResolver.Profile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("maillage.gateway.webhooks.allow-private-targets", "false",
                    "maillage.gateway.webhooks.allow-http", "false");
        }
    }

    @Inject
    ScriptedResolver resolver;

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void privateAndPlainHttpTargetsAreRefusedAtRegistration() {
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        for (String url : List.of("https://127.0.0.1/hooks", "https://10.0.0.8/hooks", "https://169.254.169.254/hooks",
                "https://[::1]/hooks", "https://localhost/hooks")) {
            given().header("X-API-Key", key).contentType("application/json")
                    .body(Map.of("url", url, "eventTypes", List.of("*"))).post("/api/v1/webhooks")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("internal range"));
        }
        given().header("X-API-Key", key).contentType("application/json")
                .body(Map.of("url", "http://93.184.215.14/hooks", "eventTypes", List.of("*"))).post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].message", equalTo("must be an https URL"));
    }

    @Test
    void aTargetIsCheckedAgainBeforeEachAttempt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             Connection db = DriverManager.getConnection(LocalInfrastructureResource.jdbcUrl(),
                     LocalInfrastructureResource.jdbcUsername(), LocalInfrastructureResource.jdbcPassword())) {
            // As if the endpoint's host had resolved to a public address at registration and to loopback since.
            UUID endpoint = UUID.randomUUID();
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO webhook_endpoint (id, owner_kind, owner_subject, owner_scopes, url, event_types, secret,
                    status, created_at, updated_at) VALUES (?, 'bootstrap', 'bootstrap', 'admin', ?, '*',
                    'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'ACTIVE', now(), now())""")) {
                insert.setObject(1, endpoint);
                insert.setString(2, receiver.url().replace("http://", "https://"));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO webhook_delivery (id, endpoint_id, message_id, event_type, payload, status,
                    next_attempt_at, created_at) VALUES (?, ?, ?, 'org.maillage.test.v1', '{}', 'PENDING', now(), now())""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, endpoint);
                insert.setString(3, UUID.randomUUID().toString());
                insert.executeUpdate();
            }
            assertTrue(Eventually.holds(() -> !given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .get("/api/v1/webhooks/" + endpoint + "/deliveries").jsonPath()
                    .getList("items[0].attempts").isEmpty(), Duration.ofSeconds(30)));
            String error = given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .get("/api/v1/webhooks/" + endpoint + "/deliveries").jsonPath().getString("items[0].attempts[0].error");
            assertTrue(error.startsWith("Target refused"), error);
            assertEquals(List.of(), receiver.received());
        }
    }

    @Test
    void aNameReboundToAnInternalAddressIsRefusedAtEachAttemptOnItsOnlyLookup() {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String host = "hooks-" + UUID.randomUUID().toString().substring(0, 8) + ".partner.test";
        // Public when registered (TEST-NET-3, never routed), internal from then on: a rebinding DNS server.
        resolver.script(host, "203.0.113.10", "10.0.0.1");
        String id = Webhooks.create(key, "https://" + host + "/hooks", List.of(prefix + ".*")).getString("webhook.id");
        EventPublisher.send(Topics.ACTORS, prefix + ".registered.v1", UUID.randomUUID().toString(), "{}");

        // Every attempt is refused, then the delivery fails for good after the (test) retry schedule.
        assertTrue(Eventually.holds(() -> "FAILED".equals(given().header("X-API-Key", key)
                .get("/api/v1/webhooks/" + id + "/deliveries").jsonPath().getString("items[0].status")),
                Duration.ofSeconds(30)));
        JsonPath log = given().header("X-API-Key", key).get("/api/v1/webhooks/" + id + "/deliveries").jsonPath();
        List<String> errors = log.getList("items[0].attempts.error");
        assertEquals(4, errors.size(), errors.toString());
        for (String error : errors) {
            assertTrue(error.startsWith("Target refused: resolves to 10.0.0.1, an address in a private"), error);
        }
        assertEquals(List.of(0, 0, 0, 0), log.getList("items[0].attempts.durationMs"), "no attempt was sent");
        assertTrue(log.getList("items[0].attempts.statusCode").stream().allMatch(Objects::isNull));
        // One lookup at registration, then exactly one per attempt: nothing resolved the name behind the guard.
        assertEquals(1 + errors.size(), resolver.lookups(host));
    }
}
