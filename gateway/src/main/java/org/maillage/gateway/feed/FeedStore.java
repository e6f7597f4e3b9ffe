package org.maillage.gateway.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** SQL of the feed tables; callers provide the transaction. */
@ApplicationScoped
public class FeedStore {

    record Row(long position, FeedEvent event) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    FeedStore(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Up to {@code limit + 1} events after the position: the extra one only tells that there is more. */
    List<Row> after(FeedQuery query) {
        StringBuilder sql = new StringBuilder("""
                SELECT position, event_id, type, source, subject, time, datacontenttype, CAST(data AS text)
                FROM feed_event WHERE position > ?1 AND area IN (?2)""");
        for (int i = 0; i < query.typePatterns().size(); i++) {
            sql.append(i == 0 ? " AND (" : " OR ").append("type LIKE ?").append(i + 4).append(" ESCAPE '\\'");
        }
        sql.append(query.typePatterns().isEmpty() ? "" : ")").append(" ORDER BY position LIMIT ?3");
        Query select = entityManager.createNativeQuery(sql.toString())
                .setParameter(1, query.after())
                .setParameter(2, query.areas())
                .setParameter(3, query.limit() + 1);
        for (int i = 0; i < query.typePatterns().size(); i++) {
            select.setParameter(i + 4, TypePatterns.toLike(query.typePatterns().get(i)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(this::toRow).toList();
    }

    /**
     * Up to {@code limit} committed events after the position, oldest first. The feed's lock makes positions
     * visible in increasing order, so a reader that moves past what it read never skips an event.
     */
    public List<FeedEventRecorded> recordedAfter(long position, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT position, event_id, type, source, subject, time, datacontenttype, CAST(data AS text), area,
                            traceparent
                        FROM feed_event WHERE position > ?1 ORDER BY position LIMIT ?2""")
                .setParameter(1, position).setParameter(2, limit).getResultList();
        return rows.stream().map(row -> new FeedEventRecorded(((Number) row[0]).longValue(), (String) row[8],
                toRow(row).event(), (String) row[9])).toList();
    }

    long purgedThrough() {
        return ((Number) entityManager.createNativeQuery("SELECT purged_through FROM feed_purge_mark WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** Deletes events received before the cutoff and remembers the highest position deleted. */
    int purgeReceivedBefore(Instant cutoff) {
        Number highest = (Number) entityManager.createNativeQuery(
                        "SELECT max(position) FROM feed_event WHERE received_at < ?1")
                .setParameter(1, cutoff).getSingleResult();
        if (highest == null) {
            return 0;
        }
        entityManager.createNativeQuery(
                        "UPDATE feed_purge_mark SET purged_through = GREATEST(purged_through, ?1) WHERE id = 1")
                .setParameter(1, highest.longValue()).executeUpdate();
        return entityManager.createNativeQuery("DELETE FROM feed_event WHERE position <= ?1")
                .setParameter(1, highest.longValue()).executeUpdate();
    }

    private Row toRow(Object[] row) {
        Object time = row[5];
        Instant at = time instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) time;
        return new Row(((Number) row[0]).longValue(), new FeedEvent(FeedEvent.SPEC_VERSION, (String) row[1],
                (String) row[3], (String) row[2], (String) row[4], at, (String) row[6], json((String) row[7])));
    }

    private JsonNode json(String data) {
        try {
            return data == null ? null : mapper.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
