package org.maillage.alliances.projections;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.maillage.alliances.service.KnownPeople;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;
import org.maillage.commons.events.Topics;

/** Keeps the people projection (who may mediate) up to date from the registry's person events. */
@ApplicationScoped
public class PersonEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of("org.maillage.person.added.v1", "org.maillage.person.updated.v1",
            "org.maillage.person.removed.v1", "org.maillage.person.erased.v1");

    private final KnownPeople people;
    private final EventData eventData;

    public PersonEventsHandler(KnownPeople people, EventData eventData) {
        this.people = people;
        this.eventData = eventData;
    }

    @Override
    public String topic() {
        return Topics.ACTORS;
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        PersonState person = eventData.read(event, PersonState.class);
        people.changed(person.personId(), person.actorId(), person.holdsMediatorProfession(), person.gone(),
                person.version(), person.at());
    }
}
