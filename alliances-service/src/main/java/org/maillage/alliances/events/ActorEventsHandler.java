package org.maillage.alliances.events;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.maillage.alliances.service.KnownActors;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;

/** Keeps the actor projection up to date from the registry's events. */
@ApplicationScoped
public class ActorEventsHandler implements EventHandler {

    static final String TOPIC = "maillage.actors.v1";
    static final String REGISTERED = "org.maillage.actor.registered.v1";

    private final KnownActors knownActors;
    private final EventData eventData;

    public ActorEventsHandler(KnownActors knownActors, EventData eventData) {
        this.knownActors = knownActors;
        this.eventData = eventData;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public boolean accepts(String eventType) {
        return REGISTERED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        ActorRegistered registered = eventData.read(event, ActorRegistered.class);
        knownActors.registered(registered.actorId(), registered.name(), registered.kind(), registered.world(),
                registered.registeredAt());
    }
}
