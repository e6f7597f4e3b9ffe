package org.maillage.gateway.openapi;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.maillage.vocabulary.events.EventCatalogue;

/** The event catalogue, read once from the class path for both documents that publish it. */
class EventCatalogueProducer {

    @Produces
    @Singleton
    EventCatalogue catalogue() {
        return EventCatalogue.load();
    }
}
