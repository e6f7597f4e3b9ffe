package org.maillage.diagnostics.coverage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Consumer;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.repository.KnownAllianceRepository;

/**
 * What this service knows of the alliances, kept from their events. An event that arrives before the alliance's
 * proposal creates the alliance with what it carries.
 */
@ApplicationScoped
public class AllianceProjection {

    private final KnownAllianceRepository alliances;

    public AllianceProjection(KnownAllianceRepository alliances) {
        this.alliances = alliances;
    }

    @Transactional
    public void update(UUID allianceId, Consumer<KnownAlliance> change) {
        KnownAlliance alliance = alliances.findByIdOptional(allianceId).orElseGet(() -> {
            KnownAlliance created = new KnownAlliance(allianceId);
            alliances.persist(created);
            return created;
        });
        change.accept(alliance);
    }
}
