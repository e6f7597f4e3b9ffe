package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.PartnerKeys;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.gateway.support.WebhookReceiver;
import org.maillage.local.test.Eventually;
import org.maillage.local.test.LocalInfrastructureResource;

/** With the production defaults: no private targets, no plain http. */
@QuarkusTest
@TestProfile(PrivateTargetsTest.Strict.class)
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class PrivateTargetsTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("maillage.gateway.webhooks.allow-private-targets", "false",
                    "maillage.gateway.webhooks.allow-http", "false");
        }
    }

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
}
