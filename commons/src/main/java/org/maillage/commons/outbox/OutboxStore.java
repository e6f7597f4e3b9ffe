package org.maillage.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** SQL of the outbox table; every method runs inside the caller's transaction. */
@ApplicationScoped
class OutboxStore {

    private final EntityManager entityManager;

    OutboxStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Advisory-lock key shared by every relay instance of a database ("maillage" in ASCII). */
    static final long PUBLISHER_LOCK = 0x6d61696c6c616765L;

    /**
     * Makes this transaction the only publisher of the database until it ends, so events leave in commit
     * order even with several instances; false when another instance is publishing right now.
     */
    boolean tryBecomePublisher() {
        return (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, PUBLISHER_LOCK)
                .getSingleResult();
    }

    /** Locks the oldest pending rows; rows locked by another relay instance are skipped, not waited for. */
    List<PendingEvent> lockPending(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT seq, id, topic, aggregate_id, type, source, occurred_at, traceparent, CAST(payload AS text)
                        FROM outbox_event WHERE published_at IS NULL
                        ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, max)
                .getResultList();
        return rows.stream().map(OutboxStore::toPending).toList();
    }

    void markPublished(List<PendingEvent> events) {
        entityManager.createNativeQuery("UPDATE outbox_event SET published_at = now() WHERE seq = ANY(?1)")
                .setParameter(1, events.stream().mapToLong(PendingEvent::seq).toArray())
                .executeUpdate();
    }

    int purgePublishedBefore(Instant cutoff) {
        return entityManager.createNativeQuery("DELETE FROM outbox_event WHERE published_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
    }

    private static PendingEvent toPending(Object[] row) {
        return new PendingEvent(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], toInstant(row[6]), (String) row[7], (String) row[8]);
    }

    private static Instant toInstant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
