package org.maillage.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Likely duplicates of an actor: active actors whose folded name is similar (pg_trgm) and that share a
 * territory with it, one side at least declaring it (a commune's actor meets its département's). An actor
 * without territories is compared with every actor. The % operator lets the trigram index pre-select
 * (pg_trgm.similarity_threshold, 0.3 by default); the score threshold then applies.
 */
@ApplicationScoped
public class DuplicateQueries {

    /** An actor id and its name similarity, 0 to 1. */
    public record Candidate(UUID id, double score) {
    }

    private final EntityManager entityManager;

    public DuplicateQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Candidate> candidates(UUID actorId, double threshold, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT c.id, similarity(maillage_fold(c.name), maillage_fold(a.name)) AS score
                  FROM actor a JOIN actor c ON c.id <> a.id AND c.archived = false
                 WHERE a.id = :id
                   AND maillage_fold(c.name) % maillage_fold(a.name)
                   AND similarity(maillage_fold(c.name), maillage_fold(a.name)) >= :threshold
                   AND (NOT EXISTS (SELECT 1 FROM actor_territory t WHERE t.actor_id = a.id)
                        OR EXISTS (SELECT 1 FROM actor_territory t1 JOIN actor_territory t2
                                     ON t2.level = t1.level AND t2.code = t1.code AND (t1.declared OR t2.declared)
                                    WHERE t1.actor_id = a.id AND t2.actor_id = c.id))
                 ORDER BY score DESC, c.id
                 LIMIT :limit""")
                .setParameter("id", actorId)
                .setParameter("threshold", threshold)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Candidate((UUID) r[0], ((Number) r[1]).doubleValue())).toList();
    }
}
