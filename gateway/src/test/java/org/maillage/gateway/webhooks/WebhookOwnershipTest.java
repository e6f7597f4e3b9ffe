package org.maillage.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
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
import org.maillage.gateway.support.TestTokens;
import org.maillage.gateway.support.WebhookReceiver;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/** What a key of the endpoint's organisation may do with it depends on the areas the endpoint receives. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class WebhookOwnershipTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void aKeyThatCannotReadTheEndpointsAreasMayNotRedirectSignOrReadItsEvents() {
        UUID organisation = UUID.randomUUID();
        String owner = PartnerKeys.create(organisation, List.of("webhooks:manage", "alliances:read"));
        String narrow = PartnerKeys.create(organisation, List.of("webhooks:manage", "actors:read"));
        String id = Webhooks.create(owner, "https://93.184.215.14/hooks", List.of("org.maillage.alliance.*"))
                .getString("webhook.id");

        given().header("X-API-Key", narrow).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("url", "https://93.184.215.15/elsewhere")).patch("/api/v1/webhooks/" + id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("alliances:read")).body("detail", containsString("changing its URL"));
        given().header("X-API-Key", narrow).post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(403).body("detail", containsString("rotating its secret"));
        given().header("X-API-Key", narrow).get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(403).body("detail", containsString("reading its deliveries"));
        given().header("X-API-Key", owner).get("/api/v1/webhooks/" + id)
                .then().statusCode(200).body("url", org.hamcrest.Matchers.equalTo("https://93.184.215.14/hooks"));

        // A description is not where events go: any manager of the organisation may change it.
        given().header("X-API-Key", narrow).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("description", "renamed")).patch("/api/v1/webhooks/" + id).then().statusCode(200);
        String covering = PartnerKeys.create(organisation, List.of("webhooks:manage", "alliances:read", "actors:read"));
        given().header("X-API-Key", covering).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("url", "https://93.184.215.15/elsewhere")).patch("/api/v1/webhooks/" + id)
                .then().statusCode(200);
        given().header("X-API-Key", covering).post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200);
        given().header("X-API-Key", covering).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200);
    }

    @Test
    void anEndpointRegisteredWithATokenFollowsTheSameRule() {
        UUID organisation = UUID.randomUUID();
        String token = TestTokens.valid(Map.of("sub", "crm-user-" + organisation, "org", organisation.toString(),
                "scope", "webhooks:manage actors:read diagnostics:read"));
        String id = given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("url", "https://93.184.215.14/hooks", "eventTypes", List.of("org.maillage.*")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("webhook.id");
        String narrow = PartnerKeys.create(organisation, List.of("webhooks:manage", "actors:read"));
        given().header("X-API-Key", narrow).post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(403).body("detail", containsString("diagnostics:read"))
                .body("detail", not(containsString("actors:read")));
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200);
    }

    @Test
    void deliveriesQueuedBeforeTheKeyWasRevokedAreNeverSent() {
        String prefix = EventPublisher.uniqueTypePrefix();
        JsonPath issued = PartnerKeys.issue(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String key = issued.getString("secret");
        try (WebhookReceiver receiver = new WebhookReceiver().answering(500, 500, 500, 500)) {
            String id = Webhooks.create(key, receiver.url(), List.of(prefix + ".*")).getString("webhook.id");
            EventPublisher.send(Topics.ACTORS, prefix + ".updated.v1", UUID.randomUUID().toString(), "{}");
            assertTrue(Eventually.holds(() -> receiver.received().size() == 1, WAIT), "the first attempt failed");

            given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .post("/api/v1/admin/api-keys/" + issued.getString("key.id") + "/revoke").then().statusCode(200);
            int received = receiver.received().size();
            // Retries come every second in tests: these seconds would have seen several.
            assertFalse(Eventually.holds(() -> receiver.received().size() > received, Duration.ofSeconds(4)),
                    "no attempt after the revocation");
            assertEquals("PENDING", Webhooks.deliveries(TestCredentials.ADMIN_KEY, id).getString("items[0].status"));
        }
    }
}
