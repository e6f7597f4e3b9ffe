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
import org.maillage.diagnostics.domain.KnownPerson;
import org.maillage.diagnostics.repository.KnownActorRepository;
import org.maillage.diagnostics.repository.KnownPersonRepository;

/**
 * Learns which professions (territorial catalysts, mediators, …) each actor has from the registry's person
 * events org.maillage.person.added/updated/removed/erased.v1 ({personId, actorId, professions, removed, erased,
 * version}); they carry no personal data, and neither does the projection. An event older than the one applied
 * to the person (by version) changes nothing, so a late update cannot bring back a removed or erased person.
 * The actor's professions are the union of its current people's.
 */
@ApplicationScoped
public class PersonEventsHandler implements EventHandler {

    private static final String PREFIX = "org.maillage.person.";

    private final KnownActorRepository actors;
    private final KnownPersonRepository people;
    private final EventData eventData;

    public PersonEventsHandler(KnownActorRepository actors, KnownPersonRepository people, EventData eventData) {
        this.actors = actors;
        this.people = people;
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
        Optional<UUID> personId = EventFields.uuid(data, "personId");
        if (actorId.isEmpty() || personId.isEmpty()) {
            return;
        }
        Long version = data.hasNonNull("version") ? data.get("version").asLong() : null;
        KnownPerson person = people.findByIdOptional(personId.get()).orElse(null);
        if (person != null && person.alreadyApplied(version)) {
            return;
        }
        boolean created = person == null;
        if (created) {
            person = new KnownPerson(personId.get());
        }
        UUID previousActor = person.actorId();
        boolean gone = data.path("removed").asBoolean(false) || data.path("erased").asBoolean(false)
                || event.getType().endsWith(".removed.v1") || event.getType().endsWith(".erased.v1");
        person.apply(actorId.get(), EventFields.list(data, "professions", JsonNode::asText).orElse(List.of()), gone, version);
        if (created) {
            people.persist(person);
        }
        people.flush();
        refresh(actorId.get());
        if (previousActor != null && !previousActor.equals(actorId.get())) {
            refresh(previousActor);
        }
    }

    private void refresh(UUID actorId) {
        KnownActor actor = actors.findByIdOptional(actorId).orElseGet(() -> {
            KnownActor created = new KnownActor(actorId);
            actors.persist(created);
            return created;
        });
        actor.professions(people.professionsOf(actorId));
    }
}
