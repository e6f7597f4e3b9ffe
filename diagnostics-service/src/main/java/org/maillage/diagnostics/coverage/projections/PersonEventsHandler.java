package org.maillage.diagnostics.coverage.projections;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;
import org.maillage.commons.events.Topics;
import org.maillage.diagnostics.coverage.service.ActorProjection;

/**
 * Learns which professions (territorial catalysts, mediators, …) each actor has from the registry's person
 * events org.maillage.person.added/updated/removed/erased.v1 ({personId, actorId, professions, removed, erased,
 * version}); they carry no personal data, and neither does the projection.
 */
@ApplicationScoped
public class PersonEventsHandler implements EventHandler {

    private static final String PREFIX = "org.maillage.person.";

    private final ActorProjection actors;
    private final EventData eventData;

    public PersonEventsHandler(ActorProjection actors, EventData eventData) {
        this.actors = actors;
        this.eventData = eventData;
    }

    @Override
    public String topic() {
        return Topics.ACTORS;
    }

    @Override
    public boolean accepts(String eventType) {
        return eventType.startsWith(PREFIX);
    }

    @Override
    public void handle(CloudEvent event) {
        PersonData data = eventData.read(event, PersonData.class);
        if (data.actorId() == null || data.personId() == null) {
            return;
        }
        String type = event.getType();
        boolean gone = Boolean.TRUE.equals(data.removed()) || Boolean.TRUE.equals(data.erased())
                || type.endsWith(".removed.v1") || type.endsWith(".erased.v1");
        List<String> professions = data.professions() == null ? List.of()
                : data.professions().stream().filter(Objects::nonNull).toList();
        actors.personChanged(data.personId(), data.actorId(), professions, gone, data.version());
    }
}
