package org.maillage.alliances.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.maillage.territory.TerritoryInScope;

/**
 * The territories of an alliance with their ancestors, kept beside the alliance (not loaded with it: only
 * the territory filter reads them).
 */
@ApplicationScoped
public class TerritoryScopeRepository {

    private final EntityManager entityManager;

    public TerritoryScopeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Replaces the scope in the caller's transaction; the alliance row must be flushed already. */
    public void replace(UUID allianceId, List<TerritoryInScope> scope) {
        entityManager.createNativeQuery("DELETE FROM alliance_territory_scope WHERE alliance_id = ?1")
                .setParameter(1, allianceId).executeUpdate();
        add(allianceId, scope);
    }

    public void add(UUID allianceId, List<TerritoryInScope> scope) {
        for (TerritoryInScope row : scope) {
            entityManager.createNativeQuery("""
                            INSERT INTO alliance_territory_scope (alliance_id, level, code, declared) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, allianceId).setParameter(2, row.level().name()).setParameter(3, row.code())
                    .setParameter(4, row.declared()).executeUpdate();
        }
    }

    /** Alliances with territories but no scope yet (written before the scope existed). */
    @SuppressWarnings("unchecked")
    public List<Object[]> unscoped() {
        return entityManager.createNativeQuery("""
                        SELECT CAST(t.alliance_id AS text), string_agg(t.code, ',') FROM alliance_territory t
                        WHERE NOT EXISTS (SELECT 1 FROM alliance_territory_scope s WHERE s.alliance_id = t.alliance_id)
                        GROUP BY t.alliance_id""").getResultList();
    }
}
