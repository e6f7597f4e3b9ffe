package org.maillage.gateway.webhooks;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.maillage.commons.events.TraceParents;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.tracing.SpanScope;

/**
 * Sends due deliveries. Everything it needs lives in the database, so deliveries survive a restart, and
 * claims make several gateway instances share the work without sending one attempt twice.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("webhook.message.id");
    private static final AttributeKey<String> ENDPOINT_ID = AttributeKey.stringKey("webhook.endpoint.id");
    private static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");

    private final EntityManager entityManager;
    private final DeliverySender sender;
    private final DeliveryOutcomes outcomes;
    private final WebhooksConfig config;
    private final Vertx vertx;
    private final Tracer tracer;
    private final WebhookMeters meters;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private ExecutorService senders;

    public WebhookDispatcher(EntityManager entityManager, DeliverySender sender, DeliveryOutcomes outcomes,
                             WebhooksConfig config, Vertx vertx, Tracer tracer, WebhookMeters meters) {
        this.tracer = tracer;
        this.entityManager = entityManager;
        this.sender = sender;
        this.outcomes = outcomes;
        this.config = config;
        this.vertx = vertx;
        this.meters = meters;
    }

    void start(@Observes StartupEvent started) {
        if (!config.dispatcherEnabled()) {
            return;
        }
        senders = Executors.newFixedThreadPool(config.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        vertx.setPeriodic(config.pollInterval().toMillis(), timer -> {
            if (claiming.compareAndSet(false, true)) {
                vertx.executeBlocking(() -> {
                    try {
                        dispatchDue();
                    } finally {
                        claiming.set(false);
                    }
                    return null;
                }, false);
            }
        });
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (senders != null) {
            // Attempts cut short are sent again after their lease: receivers dedupe on webhook-id.
            senders.shutdownNow();
            senders.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private void dispatchDue() {
        int free = config.concurrency() - inFlight.get();
        if (free <= 0 || senders.isShutdown()) {
            return;
        }
        List<DeliveryClaims.Claimed> claimed;
        try {
            claimed = claim(free);
        } catch (RuntimeException e) {
            LOG.warnf("Could not claim webhook deliveries: %s", e.toString());
            return;
        }
        for (DeliveryClaims.Claimed delivery : claimed) {
            inFlight.incrementAndGet();
            senders.execute(() -> {
                try {
                    Instant attemptedAt = DatabaseClock.now();
                    AttemptResult result = traced(delivery);
                    meters.attempted(result);
                    outcomes.record(delivery, attemptedAt, result);
                } catch (RuntimeException e) {
                    // Left claimed: sent again once the lease expires.
                    LOG.warnf("Could not complete webhook delivery %s: %s", delivery.id(), e.toString());
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    /** Sends one attempt in a span of the trace of the write the event reports. */
    private AttemptResult traced(DeliveryClaims.Claimed delivery) {
        Span span = tracer.spanBuilder("webhook deliver")
                .setSpanKind(SpanKind.CLIENT)
                .setParent(TraceParents.parent(delivery.traceparent()))
                .setAttribute(MESSAGE_ID, delivery.messageId())
                .setAttribute(ENDPOINT_ID, delivery.endpointId().toString())
                .startSpan();
        try (SpanScope scope = SpanScope.enter(span)) {
            AttemptResult result = sender.send(delivery);
            if (result.statusCode() != null) {
                span.setAttribute(STATUS_CODE, result.statusCode().longValue());
            }
            if (!result.delivered()) {
                span.setStatus(StatusCode.ERROR, result.describe());
            }
            return result;
        } finally {
            span.end();
        }
    }

    /** Committed before any attempt starts, so the lease holds while sending. */
    private List<DeliveryClaims.Claimed> claim(int max) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.unwrap(Session.class).doReturningWork(
                connection -> DeliveryClaims.claim(connection, Instant.now(), config.lease(), max)));
    }
}
