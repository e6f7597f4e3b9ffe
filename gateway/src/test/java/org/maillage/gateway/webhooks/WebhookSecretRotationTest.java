package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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

/**
 * Rotation of a webhook's signing secret, with the signatures checked by the Standard Webhooks reference library
 * on what a partner's endpoint really received.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class WebhookSecretRotationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    private String prefix;
    private String key;

    @BeforeEach
    void aPartnerOfItsOwn() {
        TestCredentials.useNoCredentials();
        prefix = EventPublisher.uniqueTypePrefix();
        key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
    }

    @Test
    void duringTheGracePeriodEachAttemptIsSignedWithTheNewSecretThenTheOldOne() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath created = Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            String id = created.getString("webhook.id");
            String old = created.getString("secret");
            Instant before = Instant.now();
            JsonPath rotated = rotate(id, "3600").then().statusCode(200).extract().jsonPath();
            String fresh = rotated.getString("secret");
            Instant until = Instant.parse(rotated.getString("webhook.previousSecretValidUntil"));
            assertTrue(!until.isBefore(before.plusSeconds(3599)) && !until.isAfter(Instant.now().plusSeconds(3600)),
                    until.toString());
            given().header("X-API-Key", key).get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("previousSecretValidUntil", equalTo(rotated.getString("webhook.previousSecretValidUntil")));

            WebhookReceiver.Received request = deliverOne(receiver);
            List<String> signatures = signatures(request);
            assertEquals(2, signatures.size(), signatures.toString());
            assertVerifies(fresh, request, signatures.get(0));
            assertVerifies(old, request, signatures.get(1));
            assertThrows(WebhookVerificationException.class, () -> new Webhook(old).verify(request.body(),
                    withSignature(request, signatures.get(0))));
            // What a receiver checking either secret does with the whole header.
            assertDoesNotThrow(() -> new Webhook(fresh).verify(request.body(), request.headers()));
            assertDoesNotThrow(() -> new Webhook(old).verify(request.body(), request.headers()));
        }
    }

    @Test
    void withoutAGracePeriodOnlyTheNewSecretSigns() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath created = Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            String id = created.getString("webhook.id");
            String old = created.getString("secret");
            String fresh = given().header("X-API-Key", key).post("/api/v1/webhooks/" + id + "/rotate-secret")
                    .then().statusCode(200).body("webhook.previousSecretValidUntil", nullValue())
                    .extract().path("secret");

            assertSignedOnlyBy(fresh, old, deliverOne(receiver));
        }
    }

    @Test
    void onceTheGracePeriodIsOverOnlyTheNewSecretSigns() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath created = Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            String id = created.getString("webhook.id");
            String old = created.getString("secret");
            String fresh = rotate(id, "2").then().statusCode(200).extract().path("secret");
            assertTrue(Eventually.holds(() -> given().header("X-API-Key", key).get("/api/v1/webhooks/" + id)
                    .jsonPath().getString("previousSecretValidUntil") == null, Duration.ofSeconds(15)));

            assertSignedOnlyBy(fresh, old, deliverOne(receiver));
        }
    }

    @Test
    void anotherRotationEndsTheOverlapOfThePreviousOne() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath created = Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            String id = created.getString("webhook.id");
            String first = created.getString("secret");
            String second = rotate(id, "3600").then().statusCode(200).extract().path("secret");
            String third = rotate(id, "3600").then().statusCode(200).extract().path("secret");

            WebhookReceiver.Received request = deliverOne(receiver);
            List<String> signatures = signatures(request);
            assertEquals(2, signatures.size(), signatures.toString());
            assertVerifies(third, request, signatures.get(0));
            assertVerifies(second, request, signatures.get(1));
            assertThrows(WebhookVerificationException.class, () -> new Webhook(first).verify(request.body(),
                    request.headers()));
        }
    }

    @Test
    void aBadGracePeriodIsRefusedAndChangesNothing() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath created = Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            String id = created.getString("webhook.id");
            String updatedAt = created.getString("webhook.updatedAt");
            for (String grace : List.of("-1", "604801", "soon")) {
                rotate(id, grace).then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo("gracePeriodSeconds"));
            }
            given().header("X-API-Key", key).get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("updatedAt", equalTo(updatedAt)).body("previousSecretValidUntil", nullValue());

            WebhookReceiver.Received request = deliverOne(receiver);
            assertEquals(1, signatures(request).size(), signatures(request).toString());
            String unchanged = created.getString("secret");
            assertDoesNotThrow(() -> new Webhook(unchanged).verify(request.body(), request.headers()));
        }
    }

    private Response rotate(String id, String gracePeriodSeconds) {
        return given().header("X-API-Key", key).queryParam("gracePeriodSeconds", gracePeriodSeconds)
                .post("/api/v1/webhooks/" + id + "/rotate-secret");
    }

    /** Publishes an event the endpoint subscribes to and returns the request its delivery made. */
    private WebhookReceiver.Received deliverOne(WebhookReceiver receiver) {
        String eventId = EventPublisher.send(Topics.ACTORS, prefix + ".updated.v1",
                UUID.randomUUID().toString(), "{}");
        assertTrue(Eventually.holds(() -> receiver.received().size() == 1, WAIT));
        WebhookReceiver.Received request = receiver.received().get(0);
        assertEquals(eventId, request.header("webhook-id"));
        return request;
    }

    /** One signature, made with {@code secret}: a receiver still holding {@code replaced} refuses the message. */
    private static void assertSignedOnlyBy(String secret, String replaced, WebhookReceiver.Received request) {
        assertEquals(1, signatures(request).size(), signatures(request).toString());
        assertDoesNotThrow(() -> new Webhook(secret).verify(request.body(), request.headers()));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(replaced).verify(request.body(),
                request.headers()));
    }

    private static List<String> signatures(WebhookReceiver.Received request) {
        return List.of(request.header("webhook-signature").split(" "));
    }

    /** This signature alone verifies with this secret. */
    private static void assertVerifies(String secret, WebhookReceiver.Received request, String signature) {
        assertDoesNotThrow(() -> new Webhook(secret).verify(request.body(), withSignature(request, signature)));
    }

    private static Map<String, List<String>> withSignature(WebhookReceiver.Received request, String signature) {
        Map<String, List<String>> headers = new HashMap<>(request.headers());
        headers.put("webhook-signature", List.of(signature));
        return headers;
    }
}
