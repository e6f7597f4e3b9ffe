package org.maillage.diagnostics.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;
import org.maillage.diagnostics.domain.KnownActor;
import org.maillage.diagnostics.repository.KnownActorRepository;

/**
 * Keeps the actor projection from every org.maillage.actor.* event: name, kind, world, the territories it acts on,
 * archiving. Events arriving before the registration create the actor with what they carry. The professions of
 * its people come from the person events ({@link PersonEventsHandler}).
 */
@ApplicationScoped
public class ActorEventsHandler implements EventHandler {

    static final String TOPIC = "maillage.actors.v1";
    private static final String PREFIX = "org.maillage.actor.";

    private final KnownActorRepository actors;
    private final EventData eventData;
    private final EventFields fields;

    public ActorEventsHandler(KnownActorRepository actors, EventData eventData, EventFields fields) {
        this.actors = actors;
        this.eventData = eventData;
        this.fields = fields;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public boolean accepts(String eventType) {
        return eventType.startsWith(PREFIX);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = eventData.read(event, JsonNode.class);
        Optional<UUID> id = EventFields.uuid(data, "actorId");
        if (id.isEmpty()) {
            return;
        }
        KnownActor actor = actors.findByIdOptional(id.get()).orElseGet(() -> {
            KnownActor created = new KnownActor(id.get());
            actors.persist(created);
            return created;
        });
        EventFields.text(data, "name").ifPresent(actor::name);
        EventFields.text(data, "kind").ifPresent(actor::kind);
        EventFields.text(data, "world").ifPresent(actor::world);
        fields.territories(data, "territories").ifPresent(actor::territories);
        if (event.getType().endsWith(".archived.v1")) {
            actor.archived(true);
        } else if (data.has("archived")) {
            actor.archived(data.get("archived").asBoolean());
        }
    }
}
