package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.gateway.feed.TypePatterns;
import org.maillage.gateway.support.EventPublisher;
import org.maillage.gateway.support.PartnerKeys;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.gateway.support.WebhookReceiver;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/** One organisation's worst patterns cannot stop the feed, nor other organisations' webhooks. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class PathologicalPatternsTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final int MAX_ENDPOINTS = 25;
    static final int MAX_PATTERNS = 50;

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void patternsWithTooManyWildcardsAndEndpointsBeyondTheCapAreRefused() {
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        given().header("X-API-Key", key).contentType("application/json")
                .body(Map.of("url", "https://93.184.215.14/hooks", "eventTypes",
                        List.of("org.maillage.actor.*", "*".repeat(30) + "a")))
                .post("/api/v1/webhooks").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("eventTypes[1]")).body("errors[0].code", equalTo("TooManyWildcards"));
        given().header("X-API-Key", key).queryParam("types", "*.*.*.*").get("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("types"));

        for (int i = 0; i < MAX_ENDPOINTS; i++) {
            Webhooks.create(key, "https://93.184.215.14/hooks/" + i, List.of("org.maillage.none." + i));
        }
        given().header("X-API-Key", key).contentType("application/json")
                .body(Map.of("url", "https://93.184.215.14/hooks/one-more", "eventTypes", List.of("org.maillage.x")))
                .post("/api/v1/webhooks").then().statusCode(422)
                .body("errors[0].field", equalTo("url")).body("errors[0].code", equalTo("TooManyEndpoints"));
    }

    @Test
    void theWorstAllowedPatternsLeaveTheFeedAndOtherWebhooksFlowing() {
        String prefix = EventPublisher.uniqueTypePrefix();
        String hostile = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        List<String> worst = new ArrayList<>();
        for (int i = 0; i < MAX_PATTERNS; i++) {
            // Three wildcards, 200 characters, a head every type of the stream has, a tail none has.
            String head = "*" + prefix + ".e*";
            String tail = "*" + "z".repeat(i + 1);
            worst.add(head + "e".repeat(TypePatterns.MAX_LENGTH - head.length() - tail.length()) + tail);
        }
        for (int i = 0; i < MAX_ENDPOINTS; i++) {
            Webhooks.create(hostile, "https://93.184.215.14/hooks/" + i, worst);
        }

        String partner = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Webhooks.create(partner, receiver.url(), List.of(prefix + ".*"));
            Set<String> sent = Collections.synchronizedSet(new HashSet<>());
            for (int i = 0; i < 30; i++) {
                sent.add(EventPublisher.send(Topics.ACTORS, prefix + ".e" + "e".repeat(i) + ".v1",
                        UUID.randomUUID().toString(), "{}"));
            }
            assertTrue(Eventually.holds(() -> feedIds(partner, prefix).size() == sent.size(), WAIT),
                    "every event reached the feed");
            assertEquals(sent, feedIds(partner, prefix));
            assertTrue(Eventually.holds(() -> receivedIds(receiver).equals(sent), WAIT),
                    "every event reached the other organisation's webhook");
        }
    }

    private static Set<String> feedIds(String key, String prefix) {
        return new HashSet<>(given().header("X-API-Key", key).queryParam("types", prefix + ".*").queryParam("limit", 500)
                .get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items.id", String.class));
    }

    private static Set<String> receivedIds(WebhookReceiver receiver) {
        Set<String> ids = new HashSet<>();
        receiver.received().forEach(request -> ids.add(request.header("webhook-id")));
        return ids;
    }
}
