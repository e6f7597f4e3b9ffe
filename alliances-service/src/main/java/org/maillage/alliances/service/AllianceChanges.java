package org.maillage.alliances.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.StateChanged;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.security.CallerIdentity;

/**
 * Records a change of an alliance twice in the caller's transaction: as an event in the outbox, and as an
 * entry of the alliance's timeline (same id as the event).
 */
@ApplicationScoped
public class AllianceChanges {

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final CallerIdentity identity;

    public AllianceChanges(Outbox outbox, EntityManager entityManager, ObjectMapper objectMapper, CallerIdentity identity) {
        this.identity = identity;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String allianceId, Object data) {
        UUID eventId = outbox.append(AllianceEvents.TOPIC, type, allianceId, data);
        entityManager.createNativeQuery("""
                        INSERT INTO alliance_change (id, alliance_id, at, type, reason, made_by, data)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?7, CAST(?6 AS jsonb))""")
                .setParameter(1, eventId)
                .setParameter(2, UUID.fromString(allianceId))
                .setParameter(3, DatabaseClock.now())
                .setParameter(4, type)
                .setParameter(5, data instanceof StateChanged changed ? changed.reason() : null)
                .setParameter(6, toJson(data))
                .setParameter(7, madeBy())
                .executeUpdate();
    }

    /** The caller who asked for the change; none when the service reacts to an event (an actor merged). */
    private String madeBy() {
        return Arc.container().requestContext().isActive() ? identity.who() : null;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Change data cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
