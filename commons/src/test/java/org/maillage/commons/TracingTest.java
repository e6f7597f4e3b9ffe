package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.EventConsumer;
import org.maillage.commons.probe.NoteHandler;
import org.maillage.commons.tracing.DiscardedSpans;
import org.maillage.commons.tracing.MessagingAttributes;
import org.maillage.testsupport.Eventually;

/** A write, the event it records, its publication and its handling are one trace. */
@QuarkusTest
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter spans;

    @Inject
    EntityManager entityManager;

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    private final List<ExtLogRecord> consumerLog = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord logged = (ExtLogRecord) record;
            // The logging context is read from the logging thread, here the consumer's.
            logged.copyAll();
            consumerLog.add(logged);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(EventConsumer.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(EventConsumer.class.getName()).removeHandler(capture);
    }

    @Test
    void theWritingSpanIsTheParentOfThePublicationAndOfTheHandling() {
        String subject = "traced-" + UUID.randomUUID();
        String eventId = given().header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                .post("/probe/notes/" + subject).then().statusCode(200).extract().path("eventId");

        SpanData server = awaitSpan(span -> span.getKind() == SpanKind.SERVER
                && span.getParentSpanId().equals(CALLER_SPAN_ID));
        assertEquals(TRACE_ID, server.getTraceId(), "the request joined the caller's trace");
        String stored = (String) entityManager.createNativeQuery(
                        "SELECT traceparent FROM outbox_event WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, eventId).getSingleResult();
        assertEquals("00-" + TRACE_ID + "-" + server.getSpanId() + "-01", stored,
                "the outbox row names the span that wrote it");

        SpanData publish = awaitSpan(span -> span.getKind() == SpanKind.PRODUCER && isAbout(span, eventId));
        SpanData process = awaitSpan(span -> span.getKind() == SpanKind.CONSUMER && isAbout(span, eventId));
        for (SpanData span : List.of(publish, process)) {
            assertEquals(TRACE_ID, span.getTraceId());
            assertEquals(server.getSpanId(), span.getParentSpanId(), span.getName() + " is a child of the write");
        }
        assertEquals(NoteHandler.TOPIC + " publish", publish.getName());
        assertEquals(NoteHandler.TOPIC, process.getAttributes().get(MessagingAttributes.DESTINATION));
        awaitSpan(span -> span.getKind() == SpanKind.CLIENT && span.getParentSpanId().equals(process.getSpanId()));

        assertTrue(Eventually.holds(() -> handledLine(eventId).isPresent(), Duration.ofSeconds(20)));
        ExtLogRecord line = handledLine(eventId).orElseThrow();
        assertEquals(TRACE_ID, line.getMdc("traceId"), "the consumer's log line carries the write's trace");
        assertEquals(process.getSpanId(), line.getMdc("spanId"));
    }

    @Test
    void withoutACollectorSpansAreDiscardedRatherThanExportedToQuarkusDefaultEndpoint() {
        assertTrue(exporters.select(DiscardedSpans.class).isResolvable());
    }

    @Test
    void aWriteWithoutTraceparentStartsATraceOfItsOwn() {
        String subject = "untraced-" + UUID.randomUUID();
        String eventId = given().post("/probe/notes/" + subject).then().statusCode(200).extract().path("eventId");

        SpanData process = awaitSpan(span -> span.getKind() == SpanKind.CONSUMER && isAbout(span, eventId));
        SpanData publish = awaitSpan(span -> span.getKind() == SpanKind.PRODUCER && isAbout(span, eventId));
        assertNotEquals(TRACE_ID, process.getTraceId());
        assertEquals(publish.getTraceId(), process.getTraceId());
        assertEquals(publish.getParentSpanId(), process.getParentSpanId());
    }

    private Optional<ExtLogRecord> handledLine(String eventId) {
        return consumerLog.stream().filter(record -> record.getFormattedMessage().contains(eventId)).findFirst();
    }

    private static boolean isAbout(SpanData span, String eventId) {
        return eventId.equals(span.getAttributes().get(MessagingAttributes.MESSAGE_ID));
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) {
        assertTrue(Eventually.holds(() -> spans.getFinishedSpanItems().stream().anyMatch(wanted), Duration.ofSeconds(20)),
                "span not recorded; recorded: " + spans.getFinishedSpanItems().stream().map(SpanData::getName).toList());
        return spans.getFinishedSpanItems().stream().filter(wanted).findFirst().orElseThrow();
    }
}
