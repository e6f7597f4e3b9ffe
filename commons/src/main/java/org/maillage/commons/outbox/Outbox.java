package org.maillage.commons.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.maillage.commons.events.EventsConfig;
import org.maillage.commons.events.TraceParents;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;

/**
 * Records an event in the caller's transaction: it is published if and only if the change it describes
 * commits. Never publish to Kafka straight from a request.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final EventsConfig config;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, EventsConfig config) {
        this.entityManager = entityManager;
        // Responses leave absent fields out; event data keeps them as null, the shape its consumers read.
        this.objectMapper = objectMapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
        this.config = config;
    }

    private static final String INSERT = """
            INSERT INTO outbox_event (id, topic, aggregate_id, type, source, occurred_at, traceparent, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""";

    /** Appends an event; returns its id (the CloudEvents id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String type, String aggregateId, Object data) {
        UUID id = TimeOrderedIds.next();
        Query insert = entityManager.createNativeQuery(INSERT);
        Object[] values = row(id, new NewEvent(topic, type, aggregateId, data));
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
        return id;
    }

    /**
     * Appends many events in one JDBC batch, for bulk writes. Pending entity changes are not flushed first:
     * flush them before when the events must follow them in the same statement order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<NewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (NewEvent event : events) {
                    Object[] values = row(TimeOrderedIds.next(), event);
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i] instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : values[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private Object[] row(UUID id, NewEvent event) {
        return new Object[] {id, event.topic(), event.aggregateId(), event.type(), config.source(),
                DatabaseClock.now(), TraceParents.current(), toJson(event.data())};
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
