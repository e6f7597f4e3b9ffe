package org.maillage.diagnostics.coverage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;

@ApplicationScoped
public class KnownAllianceRepository implements PanacheRepositoryBase<KnownAlliance, UUID> {

    /**
     * Alliances that proved themselves (closed ACHIEVED or SCALED, or an objective reached) and either reached an
     * objective on one of these indicators or act on one of these themes, wherever they act: only those leave the
     * database, never the whole projection.
     */
    @SuppressWarnings("unchecked")
    public List<KnownAlliance> provenOn(Collection<String> indicators, Collection<String> themes) {
        return getEntityManager().createNativeQuery("""
                        SELECT a.* FROM known_alliance a
                        WHERE (a.outcome IN ('ACHIEVED', 'SCALED')
                               OR EXISTS (SELECT 1 FROM jsonb_array_elements(a.objectives) o
                                          WHERE o->'result'->>'reached' = 'true'))
                          AND (EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.themes) th WHERE th = ANY (CAST(?1 AS text[])))
                               OR EXISTS (SELECT 1 FROM jsonb_array_elements(a.objectives) o
                                          WHERE o->>'indicator' = ANY (CAST(?2 AS text[]))
                                            AND o->'result'->>'reached' = 'true'))
                        ORDER BY a.id""", KnownAlliance.class)
                .setParameter(1, themes.toArray(String[]::new))
                .setParameter(2, indicators.toArray(String[]::new))
                .getResultList();
    }
}
