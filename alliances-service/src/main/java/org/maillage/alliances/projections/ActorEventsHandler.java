package org.maillage.alliances.projections;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.maillage.alliances.service.KnownActors;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;
import org.maillage.commons.events.Topics;

/** Keeps the actor projection up to date from the registry's events. */
@ApplicationScoped
public class ActorEventsHandler implements EventHandler {

    private static final String REGISTERED = "org.maillage.actor.registered.v1";
    private static final String ARCHIVED = "org.maillage.actor.archived.v1";
    private static final String MERGED = "org.maillage.actor.merged.v1";

    private final KnownActors knownActors;
    private final EventData eventData;

    public ActorEventsHandler(KnownActors knownActors, EventData eventData) {
        this.knownActors = knownActors;
        this.eventData = eventData;
    }

    @Override
    public String topic() {
        return Topics.ACTORS;
    }

    @Override
    public boolean accepts(String eventType) {
        return Set.of(REGISTERED, ARCHIVED, MERGED).contains(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (event.getType()) {
            case REGISTERED -> {
                RegisteredActor registered = eventData.read(event, RegisteredActor.class);
                knownActors.registered(registered.actorId(), registered.name(), registered.kind(), registered.world(),
                        registered.registeredAt());
            }
            case ARCHIVED -> {
                ArchivedActor archived = eventData.read(event, ArchivedActor.class);
                knownActors.archived(archived.actorId(), archived.mergedInto(), archived.archivedAt());
            }
            case MERGED -> {
                MergedActors merged = eventData.read(event, MergedActors.class);
                knownActors.merged(merged.survivorId(), merged.absorbedId(), merged.mergedAt());
            }
            default -> { }
        }
    }
}
