package org.maillage.alliances.events;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.maillage.alliances.service.KnownPeople;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;

/** Keeps the people projection (who may mediate) up to date from the registry's person events. */
@ApplicationScoped
public class PersonEventsHandler implements EventHandler {

    static final Set<String> TYPES = Set.of("org.maillage.person.added.v1", "org.maillage.person.updated.v1",
            "org.maillage.person.removed.v1", "org.maillage.person.erased.v1");

    private final KnownPeople people;
    private final EventData eventData;

    public PersonEventsHandler(KnownPeople people, EventData eventData) {
        this.people = people;
        this.eventData = eventData;
    }

    @Override
    public String topic() {
        return ActorEventsHandler.TOPIC;
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        people.changed(eventData.read(event, PersonChanged.class));
    }
}
