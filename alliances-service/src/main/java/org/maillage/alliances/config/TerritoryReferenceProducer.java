package org.maillage.alliances.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.maillage.territory.TerritoryReference;

/** The territorial reference shared with the other services, loaded once, at start: a broken file fails the start. */
@ApplicationScoped
public class TerritoryReferenceProducer {

    @Produces
    @Singleton
    @Startup
    TerritoryReference territoryReference() {
        return TerritoryReference.load();
    }
}
