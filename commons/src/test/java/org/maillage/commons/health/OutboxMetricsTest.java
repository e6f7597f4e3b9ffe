package org.maillage.commons.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.Scrapes;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
class OutboxMetricsTest {

    private static final String PENDING = "maillage_outbox_pending_events";
    private static final String OLDEST = "maillage_outbox_oldest_pending_age_seconds";
    private static final String PUBLISHED = "maillage_outbox_published_events_total";
    private static final String FAILURES = "maillage_outbox_publish_failures_total";

    @Test
    void backlogRisesWhileKafkaIsUnreachableAndDrainsWhenItIsBack() throws Exception {
        assertTrue(Eventually.holds(() -> Scrapes.valueOf(PENDING) == 0, Duration.ofSeconds(30)), "nothing pending");
        double published = Scrapes.valueOf(PUBLISHED);
        double failures = Scrapes.valueOf(FAILURES);
        LocalInfrastructureResource.kafka().stopBrokers();
        try {
            for (int i = 0; i < 3; i++) {
                given().post("/probe/events/outage-" + UUID.randomUUID()).then().statusCode(200);
            }
            // The figure is read at most once a second, so a scrape may show the moment before the writes at first.
            assertTrue(Eventually.holds(() -> Scrapes.valueOf(PENDING) == 3, Duration.ofSeconds(5)),
                    "writes commit while Kafka is away; their events wait");
            // The relay gives up on a send after its delivery timeout (30 s), then backs off and tries again.
            assertTrue(Eventually.holds(() -> Scrapes.valueOf(FAILURES) > failures, Duration.ofSeconds(60)),
                    "failed rounds counted");
            assertTrue(Scrapes.valueOf(OLDEST) >= 3, "the oldest event's wait grows");
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(3))
                    .body("checks.find { it.name == 'outbox' }.data.maxPendingAgeSeconds", equalTo(3));
            given().get("/q/health/live").then().statusCode(200)
                    .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"));
        } finally {
            LocalInfrastructureResource.kafka().startBrokers();
        }
        assertTrue(Eventually.holds(() -> Scrapes.valueOf(PENDING) == 0, Duration.ofSeconds(90)),
                "the backlog drains once Kafka is back");
        assertEquals(0, Scrapes.valueOf(OLDEST));
        assertTrue(Scrapes.valueOf(PUBLISHED) >= published + 3, "the waiting events counted as published");
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(0));
    }
}
