package org.maillage.alliances.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.UUID;
import org.maillage.alliances.repository.TerritoryScopeRepository;

/**
 * Gives the alliances written before the territory scope existed their scope, once, at start. Safe with
 * several instances: rows already written are left alone.
 */
@ApplicationScoped
public class TerritoryScopeBackfill {

    private final TerritoryScopeRepository scopes;
    private final DeclaredTerritories territories;

    public TerritoryScopeBackfill(TerritoryScopeRepository scopes, DeclaredTerritories territories) {
        this.scopes = scopes;
        this.territories = territories;
    }

    @Transactional
    void fill(@Observes StartupEvent start) {
        for (Object[] row : scopes.unscoped()) {
            UUID allianceId = UUID.fromString((String) row[0]);
            scopes.add(allianceId, territories.knownScopeOf(Arrays.asList(((String) row[1]).split(","))));
        }
    }
}
