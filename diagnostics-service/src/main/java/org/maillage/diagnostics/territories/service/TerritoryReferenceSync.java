package org.maillage.diagnostics.territories.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.maillage.diagnostics.territories.repository.TerritoryCodes;
import org.maillage.diagnostics.territories.repository.TerritoryReferenceStore;
import org.maillage.territory.TerritoryReference;

/** Keeps the territory table equal to the territory reference shipped with the service. */
@ApplicationScoped
public class TerritoryReferenceSync {

    private final TerritoryReferenceStore store;
    private final TerritoryCodes codes;

    public TerritoryReferenceSync(TerritoryReferenceStore store, TerritoryCodes codes) {
        this.store = store;
        this.codes = codes;
    }

    /**
     * Loads the reference unless the table already holds this exact data.
     *
     * @return whether the table was (re)loaded
     */
    @Transactional
    public boolean loadIfOutdated(TerritoryReference reference) {
        store.lock();
        if (store.storedChecksum().filter(reference.checksum()::equals).isPresent()) {
            return false;
        }
        store.replaceTerritories(reference.all());
        store.saveVersion(reference.source(), reference.checksum(), reference.all().size());
        codes.invalidate();
        return true;
    }
}
