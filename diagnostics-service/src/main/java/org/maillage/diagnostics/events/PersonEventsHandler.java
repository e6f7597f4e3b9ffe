package org.maillage.diagnostics.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;
import org.maillage.diagnostics.domain.KnownActor;
import org.maillage.diagnostics.repository.KnownActorRepository;

/**
 * Learns which professions (territorial catalysts, mediators, …) each actor has from the registry's person
 * events ({personId, actorId, professions, removed, erased}); they carry no personal data, and neither does
 * the projection.
 */
@ApplicationScoped
public class PersonEventsHandler implements EventHandler {

    private static final String PREFIX = "org.maillage.person.";

    private final KnownActorRepository actors;
    private final EventData eventData;

    public PersonEventsHandler(KnownActorRepository actors, EventData eventData) {
        this.actors = actors;
        this.eventData = eventData;
    }

    @Override
    public String topic() {
        return ActorEventsHandler.TOPIC;
    }

    @Override
    public boolean accepts(String eventType) {
        return eventType.startsWith(PREFIX);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = eventData.read(event, JsonNode.class);
        Optional<UUID> actorId = EventFields.uuid(data, "actorId");
        Optional<String> personId = EventFields.text(data, "personId");
        if (actorId.isEmpty() || personId.isEmpty()) {
            return;
        }
        KnownActor actor = actors.findByIdOptional(actorId.get()).orElseGet(() -> {
            KnownActor created = new KnownActor(actorId.get());
            actors.persist(created);
            return created;
        });
        boolean gone = data.path("removed").asBoolean(false) || data.path("erased").asBoolean(false)
                || event.getType().endsWith(".removed.v1") || event.getType().endsWith(".erased.v1");
        List<String> professions = gone ? List.of()
                : EventFields.list(data, "professions", JsonNode::asText).orElse(List.of());
        actor.person(personId.get(), professions);
    }
}
