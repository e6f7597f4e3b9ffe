package org.maillage.gateway.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.gateway.feed.EventAreas;
import org.maillage.gateway.feed.FeedEventRecorded;
import org.maillage.gateway.feed.FeedStore;
import org.maillage.gateway.feed.TypePatterns;

/**
 * Queues a delivery of each feed event to every active endpoint that wants its type and whose owner may read
 * its area. Endpoints whose owning API key was revoked receive nothing more.
 *
 * <p>It reads committed feed events after a mark ({@code webhook_fanout_mark}), never inside the feed's
 * lock: matching endpoints' patterns cannot delay the feed. Each batch queues its deliveries and moves the mark
 * in one transaction, with the mark's row locked: a crash undoes both, so the batch is done again whole (no event
 * lost), and a second instance skips the locked mark instead of fanning out the same events (none queued twice).
 * Woken after each recorded event commits, and every poll interval in case a wake-up was missed.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final Logger LOG = Logger.getLogger(WebhookFanOut.class);
    static final int BATCH = 200;

    private final EntityManager entityManager;
    private final FeedStore feed;
    private final ObjectMapper mapper;
    private final WebhooksConfig config;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean stopping;

    public WebhookFanOut(EntityManager entityManager, FeedStore feed, ObjectMapper mapper, WebhooksConfig config,
                         Vertx vertx) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.mapper = mapper;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(config.pollInterval().toMillis(), timer -> wake());
    }

    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedEventRecorded recorded) {
        wake();
    }

    private void wake() {
        wanted.set(true);
        if (stopping || !running.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(() -> {
            try {
                while (wanted.getAndSet(false) && !stopping) {
                    int covered;
                    do {
                        covered = fanOutBatch();
                    } while (covered == BATCH && !stopping);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not fan webhook deliveries out: %s", e.toString());
            } finally {
                running.set(false);
            }
            return null;
        }, false);
    }

    /** Fans out the next batch of events, in its own transaction; the number of events it covered. */
    int fanOutBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> mark = entityManager.createNativeQuery(
                    "SELECT fanned_out_through FROM webhook_fanout_mark WHERE id = 1 FOR UPDATE SKIP LOCKED")
                    .getResultList();
            if (mark.isEmpty()) {
                return 0;
            }
            List<FeedEventRecorded> events = feed.recordedAfter(mark.get(0).longValue(), BATCH);
            if (events.isEmpty()) {
                return 0;
            }
            List<WebhookEndpoint> endpoints = WebhookEndpoint.<WebhookEndpoint>find("""
                    status = ?1 and (ownerKind <> 'api-key' or exists (select 1 from ApiKey k
                    where cast(k.id as String) = ownerSubject and k.revokedAt is null))""",
                    WebhookEndpoint.ACTIVE).list();
            Instant now = DatabaseClock.now();
            for (FeedEventRecorded event : events) {
                queue(event, endpoints, now);
            }
            entityManager.createNativeQuery("UPDATE webhook_fanout_mark SET fanned_out_through = ?1 WHERE id = 1")
                    .setParameter(1, events.get(events.size() - 1).position()).executeUpdate();
            return events.size();
        });
    }

    private void queue(FeedEventRecorded recorded, List<WebhookEndpoint> endpoints, Instant now) {
        String type = recorded.event().type();
        List<WebhookEndpoint> targets = endpoints.stream()
                .filter(endpoint -> EventAreas.readable(endpoint.ownerScopeSet(), recorded.area()))
                .filter(endpoint -> TypePatterns.anyMatches(endpoint.typePatterns(), type))
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        String payload = json(recorded);
        for (WebhookEndpoint endpoint : targets) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = TimeOrderedIds.next();
            delivery.endpointId = endpoint.id;
            delivery.messageId = recorded.event().id();
            delivery.eventType = type;
            delivery.payload = payload;
            delivery.status = WebhookDelivery.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.traceparent = recorded.traceparent();
            delivery.persist();
        }
    }

    private String json(FeedEventRecorded recorded) {
        try {
            return mapper.writeValueAsString(recorded.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
