package org.maillage.commons.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What services may do with the recorded responses beyond replaying them. Recorded bodies may hold personal
 * data: a right-to-erasure request must forget them too.
 */
@ApplicationScoped
public class IdempotencyRecords {

    private final EntityManager entityManager;

    public IdempotencyRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Forgets, in the caller's transaction, every recorded response whose body contains the value (typically
     * the id of an erased person). A retry with such a key then runs again. Scans the table: for rare uses.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetResponsesContaining(String value) {
        return entityManager.createNativeQuery(
                        "DELETE FROM idempotency_key WHERE body IS NOT NULL AND position(convert_to(?1, 'UTF8') in body) > 0")
                .setParameter(1, value)
                .executeUpdate();
    }
}
