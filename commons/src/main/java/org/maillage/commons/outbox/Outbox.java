package org.maillage.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.maillage.commons.events.EventsConfig;
import org.maillage.commons.events.TraceParents;

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
        this.objectMapper = objectMapper;
        this.config = config;
    }

    /** Appends an event; returns its id (the CloudEvents id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String type, String aggregateId, Object data) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (id, topic, aggregate_id, type, source, occurred_at, traceparent, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb))""")
                .setParameter(1, id)
                .setParameter(2, topic)
                .setParameter(3, aggregateId)
                .setParameter(4, type)
                .setParameter(5, config.source())
                .setParameter(6, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter(7, TraceParents.current())
                .setParameter(8, toJson(data))
                .executeUpdate();
        return id;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
