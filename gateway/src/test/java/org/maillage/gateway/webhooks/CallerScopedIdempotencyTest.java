package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.EventPublisher;
import org.maillage.gateway.support.PartnerKeys;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.gateway.support.WebhookReceiver;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Idempotency-Key on the gateway's own POSTs: keys are the caller's, and secrets shown once are never stored. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class CallerScopedIdempotencyTest {

    private static final String KEY = "Idempotency-Key";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void anotherOrganisationReplayingTheSameKeyAndBodyGetsItsOwnEndpointNeverTheFirstOnesSecret() {
        String partnerA = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String partnerB = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = endpoint();

        Response first = create(partnerA, key, body);
        first.then().statusCode(201);
        String secretA = first.path("secret");
        Response other = create(partnerB, key, body);
        other.then().statusCode(201).header("Idempotency-Replayed", nullValue()).body(not(containsString(secretA)));
        assertNotEquals(first.path("webhook.id"), (String) other.path("webhook.id"));
        given().header("X-API-Key", partnerB).get("/api/v1/webhooks/" + first.path("webhook.id")).then().statusCode(404);
    }

    @Test
    void theSameCallersRetryReplaysWhatHoldsNoSecret() {
        String partner = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = Webhooks.create(partner, receiver.url(), List.of("org.maillage.actor.*")).getString("webhook.id");
            String key = UUID.randomUUID().toString();
            given().header("X-API-Key", partner).header(KEY, key).post("/api/v1/webhooks/" + id + "/enable")
                    .then().statusCode(200).header("Idempotency-Replayed", nullValue());
            given().header("X-API-Key", partner).header(KEY, key).post("/api/v1/webhooks/" + id + "/enable")
                    .then().statusCode(200).header("Idempotency-Replayed", "true").body("id", equalTo(id));
        }
    }

    @Test
    void retriesOfCallsThatShowedASecretNameTheResourceAndNoSecretIsStored() throws SQLException {
        String partner = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = endpoint();
        Response created = create(partner, key, body);
        String id = created.then().statusCode(201).extract().path("webhook.id");
        String secret = created.path("secret");
        create(partner, key, body).then().statusCode(422).contentType("application/problem+json")
                .header("Location", "/api/v1/webhooks/" + id)
                .body("type", equalTo("https://maillage.org/problems/secret-shown-once"))
                .body("detail", containsString("(id " + id + ")"))
                .body("errors[0].field", equalTo(KEY))
                .body(not(containsString(secret)));

        String rotation = UUID.randomUUID().toString();
        String rotated = given().header("X-API-Key", partner).header(KEY, rotation)
                .post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .header("Content-Location", "/api/v1/webhooks/" + id).extract().path("secret");
        given().header("X-API-Key", partner).header(KEY, rotation).post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(422).header("Location", "/api/v1/webhooks/" + id)
                .body("errors[0].code", equalTo("SecretShownOnce"));

        String keyCreation = UUID.randomUUID().toString();
        Map<String, Object> newKey = Map.of("name", "CRM", "organisationId", UUID.randomUUID().toString(),
                "scopes", List.of("actors:read"));
        Response issued = given().header("X-API-Key", TestCredentials.ADMIN_KEY).header(KEY, keyCreation)
                .contentType("application/json").body(newKey).post("/api/v1/admin/api-keys");
        String keyId = issued.then().statusCode(201).extract().path("key.id");
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).header(KEY, keyCreation)
                .contentType("application/json").body(newKey).post("/api/v1/admin/api-keys")
                .then().statusCode(422).header("Location", endsWith("/api/v1/admin/api-keys/" + keyId))
                .body("detail", containsString("(id " + keyId + ")"));

        for (String shownOnce : List.of(secret, rotated, issued.<String>path("secret"))) {
            assertEquals(0, rowsContaining(shownOnce), "no stored response holds a secret");
        }
        assertEquals(3, withheldRows(key, rotation, keyCreation));
    }

    /** A loopback target (allowed in tests) for types no event has: nothing is ever sent to it. */
    private static Map<String, Object> endpoint() {
        return Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of(EventPublisher.uniqueTypePrefix() + ".*"));
    }

    private static Response create(String apiKey, String idempotencyKey, Map<String, Object> body) {
        return given().header("X-API-Key", apiKey).header(KEY, idempotencyKey).contentType("application/json")
                .body(body).post("/api/v1/webhooks");
    }

    private int rowsContaining(String value) throws SQLException {
        return count("SELECT count(*) FROM idempotency_key WHERE position(convert_to(?, 'UTF8') in coalesce(body, "
                + "''::bytea)) > 0 OR CAST(headers AS text) LIKE '%' || ? || '%'", value, value);
    }

    private int withheldRows(String... keys) throws SQLException {
        return count("SELECT count(*) FROM idempotency_key WHERE idem_key IN (?, ?, ?) AND secret_withheld "
                + "AND body IS NULL", (Object[]) keys);
    }

    private int count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
