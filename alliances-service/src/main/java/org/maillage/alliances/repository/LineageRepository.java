package org.maillage.alliances.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The tree of replications an alliance belongs to, walked in one recursive query. */
@ApplicationScoped
public class LineageRepository {

    /** An alliance of the tree, depth generations below the root. */
    public record Row(UUID id, int depth) {
    }

    private final EntityManager entityManager;

    public LineageRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up from the alliance to its root ancestor (at most maxDepth generations), then down from the root, breadth
     * first in creation order (ids are time-ordered), at most maxDepth + 1 generations and maxNodes + 1 rows, so the
     * caller sees whether there was more. The paths make it cycle-proof even if the data were not.
     */
    @SuppressWarnings("unchecked")
    public List<Row> tree(UUID allianceId, int maxDepth, int maxNodes) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        WITH RECURSIVE up (id, parent, hops, path) AS (
                            SELECT id, replicated_from, 0, ARRAY[id] FROM alliance WHERE id = ?1
                          UNION ALL
                            SELECT a.id, a.replicated_from, up.hops + 1, up.path || a.id
                            FROM alliance a JOIN up ON a.id = up.parent
                            WHERE up.hops < ?2 AND NOT a.id = ANY (up.path)
                        ), root AS (
                            SELECT id FROM up ORDER BY hops DESC LIMIT 1
                        ), down (id, depth, path) AS (
                            SELECT id, 0, ARRAY[id] FROM root
                          UNION ALL
                            SELECT a.id, down.depth + 1, down.path || a.id
                            FROM alliance a JOIN down ON a.replicated_from = down.id
                            WHERE down.depth <= ?2 AND NOT a.id = ANY (down.path)
                        )
                        SELECT id, depth FROM down ORDER BY depth, id LIMIT ?3""")
                .setParameter(1, allianceId)
                .setParameter(2, maxDepth)
                .setParameter(3, maxNodes + 1)
                .getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], ((Number) r[1]).intValue())).toList();
    }
}
