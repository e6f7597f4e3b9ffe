package org.maillage.commons.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.maillage.commons.probe.NoteHandler;
import org.maillage.commons.probe.Notes;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.Scrapes;

@QuarkusTest
class ConsumerHealthTest {

    private static final String LAG = "maillage_consumer_lag_records";
    private static final String[] NOTES = {"group=\"commons-probe\"", "topic=\"" + NoteHandler.TOPIC + "\""};
    private static final String[] NOTE_HANDLER = {"handler=\"NoteHandler\"", "type=\"" + NoteHandler.NOTED + "\""};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void notReadyWhileFarBehindAndReadyOnceCaughtUp() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        Notes.send(bootstrapServers, note(marker));
        assertTrue(Eventually.holds(() -> consumerCheck().getString("status").equals("UP")
                && Scrapes.valueOf(LAG, NOTES) == 0, Duration.ofSeconds(30)), "caught up at first");
        double processed = Scrapes.sample("maillage_consumer_events_processed_total", NOTE_HANDLER).orElse(0);

        NoteHandler.HOLD.set(true);
        try {
            // The held event keeps failing and holds back the partition, so the records after it pile up.
            Notes.send(bootstrapServers, note("stuck-" + UUID.randomUUID()), note("a-" + UUID.randomUUID()),
                    note("b-" + UUID.randomUUID()), note("c-" + UUID.randomUUID()), note("d-" + UUID.randomUUID()));
            assertTrue(Eventually.holds(() -> consumerCheck().getString("status").equals("DOWN"),
                    Duration.ofSeconds(30)), "not ready past the lag threshold (3)");
            JsonPath check = consumerCheck();
            assertTrue(check.getLong("data.'lag " + NoteHandler.TOPIC + "'") > 3, check.prettify());
            assertTrue(check.getLong("data.maxLag") == 3, check.prettify());
            assertTrue(Scrapes.valueOf(LAG, NOTES) > 3, "the lag gauge shows it");
            assertTrue(Scrapes.valueOf("maillage_consumer_events_failed_total", NOTE_HANDLER) >= 1,
                    "the failed attempts are counted per handler");
            given().get("/q/health/live").then().statusCode(200)
                    .body("checks.find { it.name == 'event-consumer-loop' }.status", equalTo("UP"));
        } finally {
            NoteHandler.HOLD.set(false);
        }
        assertTrue(Eventually.holds(() -> consumerCheck().getString("status").equals("UP")
                && Scrapes.valueOf(LAG, NOTES) == 0, Duration.ofSeconds(30)), "ready again once caught up");
        assertTrue(Scrapes.valueOf("maillage_consumer_events_processed_total", NOTE_HANDLER) >= processed + 5,
                "the events applied are counted per handler and type");
    }

    @Test
    void aDuplicateDeliveryIsCountedAsSkipped() throws Exception {
        double skipped = Scrapes.sample("maillage_consumer_duplicates_skipped_total", NOTES[0]).orElse(0);
        CloudEvent event = note("twice-" + UUID.randomUUID());
        Notes.send(bootstrapServers, event, event);
        assertTrue(Eventually.holds(() -> Scrapes.sample("maillage_consumer_duplicates_skipped_total", NOTES[0])
                .orElse(0) >= skipped + 1, Duration.ofSeconds(30)), "the second delivery is counted as skipped");
    }

    private static CloudEvent note(String subject) {
        return Notes.note(subject, "{\"text\":\"lag\"}");
    }

    private static JsonPath consumerCheck() {
        JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
        return health.setRootPath("checks.find { it.name == 'event-consumer' }");
    }
}
