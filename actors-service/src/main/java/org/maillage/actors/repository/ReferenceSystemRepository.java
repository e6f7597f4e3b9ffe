package org.maillage.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maillage.actors.domain.ReferenceSystemClaim;

/** The owners of reference systems ({@code reference_system}). */
@ApplicationScoped
public class ReferenceSystemRepository {

    private final EntityManager entityManager;

    public ReferenceSystemRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The owner of each of these systems that has one, in one query. */
    public Map<String, UUID> owners(Collection<String> systems) {
        Map<String, UUID> owners = new HashMap<>();
        if (systems.isEmpty()) {
            return owners;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT system, organisation_id FROM reference_system WHERE system = ANY(?1)")
                .setParameter(1, systems.toArray(String[]::new))
                .getResultList();
        rows.forEach(row -> owners.put((String) row[0], (UUID) row[1]));
        return owners;
    }

    public Optional<ReferenceSystemClaim> find(String system) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT system, organisation_id, claimed_at FROM reference_system WHERE system = ?1")
                .setParameter(1, system)
                .getResultList();
        return rows.stream().findFirst().map(row -> new ReferenceSystemClaim((String) row[0], (UUID) row[1], instant(row[2])));
    }

    /**
     * Claims the system for the organisation unless someone holds it; returns its owner afterwards. A concurrent
     * claim waits on the primary key until the first commits, then sees the winner.
     */
    public UUID claim(String system, UUID organisation, Instant at) {
        entityManager.createNativeQuery("INSERT INTO reference_system (system, organisation_id, claimed_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (system) DO NOTHING")
                .setParameter(1, system).setParameter(2, organisation).setParameter(3, at)
                .executeUpdate();
        return owners(List.of(system)).get(system);
    }

    /** Gives the system to an organisation, whoever held it. */
    public void assign(String system, UUID organisation, Instant at) {
        entityManager.createNativeQuery("INSERT INTO reference_system (system, organisation_id, claimed_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (system) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, "
                        + "claimed_at = EXCLUDED.claimed_at")
                .setParameter(1, system).setParameter(2, organisation).setParameter(3, at)
                .executeUpdate();
    }

    /** A timestamptz as the driver hands it to a native query, whichever Java type that is. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
