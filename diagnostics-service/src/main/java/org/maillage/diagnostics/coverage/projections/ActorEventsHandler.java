package org.maillage.diagnostics.coverage.projections;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;
import org.maillage.commons.events.Topics;
import org.maillage.diagnostics.coverage.service.ActorProjection;
import org.maillage.diagnostics.territories.service.TerritoryNames;

/**
 * Keeps the actor projection from every org.maillage.actor.* event: name, kind, world, the territories it acts on,
 * archiving. A field an event lacks leaves the projection as it was. The professions of its people come from the
 * person events ({@link PersonEventsHandler}).
 */
@ApplicationScoped
public class ActorEventsHandler implements EventHandler {

    private static final String PREFIX = "org.maillage.actor.";

    private final ActorProjection actors;
    private final TerritoryNames territories;
    private final EventData eventData;

    public ActorEventsHandler(ActorProjection actors, TerritoryNames territories, EventData eventData) {
        this.actors = actors;
        this.territories = territories;
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
        ActorData data = eventData.read(event, ActorData.class);
        if (data.actorId() == null) {
            return;
        }
        var named = Optional.ofNullable(data.territories()).map(list -> territories.resolve(list.stream()
                .filter(Objects::nonNull).map(NamedTerritory::name).filter(Objects::nonNull).toList()));
        boolean archivedEvent = event.getType().endsWith(".archived.v1");
        actors.update(data.actorId(), actor -> {
            Optional.ofNullable(data.name()).ifPresent(actor::name);
            Optional.ofNullable(data.kind()).ifPresent(actor::kind);
            Optional.ofNullable(data.world()).ifPresent(actor::world);
            named.ifPresent(actor::territories);
            if (archivedEvent) {
                actor.archived(true);
            } else {
                Optional.ofNullable(data.archived()).ifPresent(actor::archived);
            }
        });
    }
}
