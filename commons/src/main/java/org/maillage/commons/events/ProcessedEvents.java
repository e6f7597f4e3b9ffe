package org.maillage.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The ids of events a consumer already applied, recorded in the same transaction as their effects. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the event for this consumer; false when it was already recorded (a duplicate or replay). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(String consumer, String eventId, String eventType) {
        return entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .executeUpdate() == 1;
    }
}
