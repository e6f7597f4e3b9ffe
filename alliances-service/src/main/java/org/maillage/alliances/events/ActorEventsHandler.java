package org.maillage.alliances.events;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.maillage.alliances.service.KnownActors;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;

/** Keeps the actor projection up to date from the registry's events. */
@ApplicationScoped
public class ActorEventsHandler implements EventHandler {

    static final String TOPIC = "maillage.actors.v1";
    static final String REGISTERED = "org.maillage.actor.registered.v1";
    static final String ARCHIVED = "org.maillage.actor.archived.v1";
    static final String MERGED = "org.maillage.actor.merged.v1";

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
        return Set.of(REGISTERED, ARCHIVED, MERGED).contains(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (event.getType()) {
            case REGISTERED -> {
                ActorRegistered registered = eventData.read(event, ActorRegistered.class);
                knownActors.registered(registered.actorId(), registered.name(), registered.kind(), registered.world(),
                        registered.registeredAt());
            }
            case ARCHIVED -> {
                ActorArchived archived = eventData.read(event, ActorArchived.class);
                knownActors.archived(archived.actorId(), archived.mergedInto(), archived.archivedAt());
            }
            case MERGED -> {
                ActorMerged merged = eventData.read(event, ActorMerged.class);
                knownActors.merged(merged.survivorId(), merged.absorbedId(), merged.mergedAt());
            }
            default -> { }
        }
    }
}
