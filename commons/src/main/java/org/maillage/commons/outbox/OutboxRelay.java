package org.maillage.commons.outbox;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.maillage.commons.events.EventsConfig;
import org.maillage.commons.health.Heartbeat;
import org.maillage.commons.persistence.CommitNotifications;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published in the same transaction
 * that locked them. If Kafka refuses or times out the transaction rolls back, the rows stay pending and the
 * relay retries with backoff: an outage delays events, it never loses them. With several instances, one
 * publishes at a time (a transaction-scoped advisory lock) so that events of an aggregate never overtake
 * each other, and rows are locked FOR UPDATE SKIP LOCKED so no instance ever waits on another's rows.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    /** Notified by the outbox table's trigger (db/commons/V0_1__outbox.sql) when a transaction adds events. */
    private static final String COMMIT_CHANNEL = "maillage_outbox";

    private final OutboxStore store;
    private final AgroalDataSource dataSource;
    private final EventsConfig config;
    private final String applicationName;
    private final Tracer tracer;
    private final OutboxMeters meters;
    private final Heartbeat heartbeat = new Heartbeat();
    private volatile Thread worker;
    private Instant nextPurge = Instant.now();

    public OutboxRelay(OutboxStore store, AgroalDataSource dataSource, EventsConfig config,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName, Tracer tracer,
                       OutboxMeters meters) {
        this.tracer = tracer;
        this.store = store;
        this.dataSource = dataSource;
        this.config = config;
        this.applicationName = applicationName;
        this.meters = meters;
    }

    /** Turns of the relay's loop; not running when the relay is disabled. */
    public Heartbeat heartbeat() {
        return heartbeat;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.outbox().relayEnabled()) {
            LOG.info("Outbox relay disabled by configuration");
            return;
        }
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            running.join(Duration.ofSeconds(15).toMillis());
        }
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        boolean failing = false;
        KafkaEventPublisher publisher = new KafkaEventPublisher(config.bootstrapServers(), applicationName + "-outbox",
                tracer);
        CommitNotifications notifications = new CommitNotifications(dataSource, COMMIT_CHANNEL);
        try {
            while (worker != null) {
                heartbeat.beat();
                try {
                    int published = publishBatch(publisher);
                    if (failing) {
                        LOG.infof("Outbox relay recovered: publishing to Kafka again");
                        failing = false;
                    }
                    backoff = FIRST_BACKOFF;
                    purgeWhenDue();
                    if (published < config.outbox().batchSize()
                            && !notifications.await(config.outbox().pollInterval()).payloads().isEmpty()) {
                        Thread.sleep(config.outbox().gather().toMillis());
                    }
                } catch (RuntimeException e) {
                    meters.failed();
                    if (!failing) {
                        LOG.warnf("Outbox relay cannot publish (%s); events stay pending and will be retried",
                                rootMessage(e));
                        failing = true;
                    }
                    Thread.sleep(backoff.toMillis());
                    backoff = min(backoff.multipliedBy(2), config.outbox().maxBackoff());
                }
            }
        } catch (InterruptedException e) {
            LOG.debug("Outbox relay stopped");
        } finally {
            // Cleared so that the producer can flush and close instead of aborting on the stop signal.
            Thread.interrupted();
            heartbeat.stopped();
            notifications.close();
            publisher.close();
        }
    }

    private int publishBatch(KafkaEventPublisher publisher) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!store.tryBecomePublisher()) {
                return 0;
            }
            List<PendingEvent> pending = store.lockPending(config.outbox().batchSize());
            if (!pending.isEmpty()) {
                publisher.publishAll(pending);
                store.markPublished(pending);
                // Counted before the commit: a commit that fails after Kafka took the events republishes them.
                meters.published(pending.size());
                LOG.debugf("Published %d event(s)", pending.size());
            }
            return pending.size();
        });
    }

    private void purgeWhenDue() {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        nextPurge = Instant.now().plus(PURGE_EVERY);
        int purged = QuarkusTransaction.requiringNew()
                .call(() -> store.purgePublishedBefore(Instant.now().minus(config.outbox().retention())));
        if (purged > 0) {
            LOG.infof("Purged %d published outbox event(s) past retention", purged);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
