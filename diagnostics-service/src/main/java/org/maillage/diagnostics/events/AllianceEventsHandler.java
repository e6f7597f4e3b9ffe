package org.maillage.diagnostics.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;
import org.maillage.diagnostics.domain.AllianceMember;
import org.maillage.diagnostics.domain.AllianceObjective;
import org.maillage.diagnostics.domain.AllianceObjective.ObjectiveResult;
import org.maillage.diagnostics.domain.FragilityRef;
import org.maillage.diagnostics.domain.KnownAlliance;
import org.maillage.diagnostics.repository.KnownAllianceRepository;

/**
 * Keeps the alliance projection from every org.maillage.alliance.* event: name, state ({@code state}, or
 * {@code to} of a state change), territories, themes, the fragilities it addresses ({@code addressedFragilities}:
 * [{diagnosticId, fragilityId}]), members (the whole
 * list, or one member joining or leaving), objectives (the whole list, each with its result once measured),
 * {@code outcome} (of a state change to CLOSED) and {@code replicatedFrom}. An archived alliance takes the state
 * ARCHIVED. Events from before objectives, outcomes and replications existed simply lack those fields.
 */
@ApplicationScoped
public class AllianceEventsHandler implements EventHandler {

    static final String TOPIC = "maillage.alliances.v1";
    private static final String PREFIX = "org.maillage.alliance.";
    static final String ARCHIVED = "ARCHIVED";

    private final KnownAllianceRepository alliances;
    private final EventData eventData;
    private final EventFields fields;

    public AllianceEventsHandler(KnownAllianceRepository alliances, EventData eventData, EventFields fields) {
        this.alliances = alliances;
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
        Optional<UUID> id = EventFields.uuid(data, "allianceId");
        if (id.isEmpty()) {
            return;
        }
        KnownAlliance alliance = alliances.findByIdOptional(id.get()).orElseGet(() -> {
            KnownAlliance created = new KnownAlliance(id.get());
            alliances.persist(created);
            return created;
        });
        EventFields.text(data, "name").ifPresent(alliance::name);
        EventFields.text(data, "state").or(() -> EventFields.text(data, "to")).ifPresent(alliance::state);
        fields.territories(data, "territories").ifPresent(alliance::territories);
        EventFields.list(data, "themes", JsonNode::asText).ifPresent(alliance::themes);
        EventFields.list(data, "addressedFragilities", AllianceEventsHandler::fragility).ifPresent(alliance::addresses);
        EventFields.list(data, "objectives", AllianceEventsHandler::objective).ifPresent(alliance::objectives);
        EventFields.text(data, "outcome").ifPresent(alliance::outcome);
        EventFields.uuid(data, "replicatedFrom").ifPresent(alliance::replicatedFrom);
        String type = event.getType();
        if (type.endsWith(".archived.v1")) {
            // A tombstone: whatever state it was archived in, the alliance no longer acts.
            alliance.state(ARCHIVED);
        } else if (type.endsWith(".member-joined.v1")) {
            member(data).ifPresent(alliance::memberJoined);
        } else if (type.endsWith(".member-left.v1")) {
            EventFields.uuid(data, "actorId").ifPresent(alliance::memberLeft);
        } else {
            EventFields.list(data, "members", node -> member(node).orElse(null)).ifPresent(alliance::members);
        }
    }

    private static Optional<AllianceMember> member(JsonNode node) {
        return EventFields.uuid(node, "actorId").map(actorId -> new AllianceMember(actorId,
                EventFields.text(node, "role").orElse(null)));
    }

    private static AllianceObjective objective(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        JsonNode result = node.get("result");
        ObjectiveResult measured = result == null || !result.isObject() ? null
                : EventFields.bool(result, "reached").map(reached -> new ObjectiveResult(
                        EventFields.decimal(result, "value").orElse(null), reached,
                        EventFields.date(result, "measuredOn").orElse(null))).orElse(null);
        return new AllianceObjective(EventFields.text(node, "title").orElse(null),
                EventFields.text(node, "indicator").orElse(null), EventFields.decimal(node, "baseline").orElse(null),
                EventFields.decimal(node, "target").orElse(null), EventFields.date(node, "dueDate").orElse(null), measured);
    }

    private static FragilityRef fragility(JsonNode node) {
        Optional<UUID> fragilityId = EventFields.uuid(node, "fragilityId");
        return fragilityId.map(f -> new FragilityRef(EventFields.uuid(node, "diagnosticId").orElse(null), f)).orElse(null);
    }
}
