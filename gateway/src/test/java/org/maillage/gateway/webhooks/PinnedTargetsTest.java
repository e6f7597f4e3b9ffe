package org.maillage.gateway.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
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

/** Deliveries to host names that only the scripted resolver knows (private targets and http allowed, as in tests). */
@QuarkusTest
@TestProfile(ScriptedResolver.Profile.class)
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class PinnedTargetsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ScriptedResolver resolver;

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void anAttemptConnectsToTheAddressItsCheckApprovedAndNamesTheUrlsHost() {
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String host = "hooks-" + UUID.randomUUID().toString().substring(0, 8) + ".partner.test";
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // Registration and the attempt's check find the receiver; a further lookup would find a closed port
            // (the receiver listens on 127.0.0.1 only). The system resolver does not know the name at all.
            resolver.script(host, "127.0.0.1", "127.0.0.1", "127.0.0.2");
            String authority = host + ":" + receiver.port();
            JsonPath created = Webhooks.create(key, "http://" + authority + "/hooks/maillage?tenant=42",
                    List.of(prefix + ".*"));
            assertEquals(1, resolver.lookups(host));
            String eventId = EventPublisher.send(Topics.ACTORS, prefix + ".registered.v1",
                    UUID.randomUUID().toString(), "{\"name\": \"La Ruche\"}");

            assertTrue(Eventually.holds(() -> receiver.received().size() == 1, WAIT));
            WebhookReceiver.Received request = receiver.received().get(0);
            assertEquals(eventId, request.header("webhook-id"));
            assertDoesNotThrow(() -> new Webhook(created.getString("secret")).verify(request.body(), request.headers()));
            assertEquals(authority, request.header("host"));
            assertEquals("/hooks/maillage?tenant=42", request.target());

            String id = created.getString("webhook.id");
            assertTrue(Eventually.holds(() -> "DELIVERED".equals(Webhooks.deliveries(key, id)
                    .getString("items[0].status")), WAIT));
            assertEquals(List.of(204), Webhooks.deliveries(key, id).getList("items[0].attempts.statusCode"));
            assertEquals(2, resolver.lookups(host), "one lookup at registration and one for the attempt");
        }
    }
}
