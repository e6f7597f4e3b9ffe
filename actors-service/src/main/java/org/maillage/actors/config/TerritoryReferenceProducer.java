package org.maillage.actors.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.maillage.territory.TerritoryReference;

/** The territorial reference shared with the other services, loaded once at startup rather than on first use. */
public class TerritoryReferenceProducer {

    @Produces
    @Singleton
    @Startup
    TerritoryReference territoryReference() {
        return TerritoryReference.load();
    }
}
