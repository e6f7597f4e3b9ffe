package org.maillage.gateway.webhooks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.maillage.testsupport.Scrapes;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class WebhookMetricsTest {

    private static final String ATTEMPTS = "maillage_webhook_attempts_total";
    private static final String PENDING = "maillage_webhook_pending_deliveries";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void attemptsAreCountedByOutcomeAndARetriedDeliveryWaitsInTheQueue() {
        double refused = Scrapes.valueOf(ATTEMPTS, "outcome=\"refused\"");
        double delivered = Scrapes.valueOf(ATTEMPTS, "outcome=\"delivered\"");
        double unanswered = Scrapes.valueOf(ATTEMPTS, "outcome=\"no-answer\"");
        String prefix = EventPublisher.uniqueTypePrefix();
        String key = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        try (WebhookReceiver receiver = new WebhookReceiver().answering(500)) {
            Webhooks.create(key, receiver.url(), List.of(prefix + ".*"));
            // Nothing listens on port 1: every attempt there goes unanswered, and is retried after a second.
            Webhooks.create(key, "http://127.0.0.1:1/hooks", List.of(prefix + ".*"));
            EventPublisher.send(Topics.ACTORS, prefix + ".registered.v1", UUID.randomUUID().toString(), "{}");

            assertTrue(Eventually.holds(() -> Scrapes.valueOf(PENDING) >= 1
                    && Scrapes.valueOf(ATTEMPTS, "outcome=\"no-answer\"") > unanswered, WAIT),
                    "the unanswered delivery waits for its retry");
            assertTrue(Eventually.holds(() -> Scrapes.valueOf(ATTEMPTS, "outcome=\"refused\"") >= refused + 1
                    && Scrapes.valueOf(ATTEMPTS, "outcome=\"delivered\"") >= delivered + 1, WAIT),
                    "the 500 then the 204 are counted");
        }
        assertTrue(Scrapes.valueOf("maillage_webhook_oldest_due_age_seconds") >= 0);
    }
}
