package org.maillage.diagnostics.coverage.projections;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;
import org.maillage.commons.events.Topics;
import org.maillage.diagnostics.coverage.domain.AllianceMember;
import org.maillage.diagnostics.coverage.domain.AllianceObjective;
import org.maillage.diagnostics.coverage.domain.AllianceObjective.ObjectiveResult;
import org.maillage.diagnostics.coverage.domain.FragilityRef;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.service.AllianceProjection;
import org.maillage.diagnostics.territories.service.TerritoryNames;

/**
 * Keeps the alliance projection from every org.maillage.alliance.* event: name, state ({@code state}, or
 * {@code to} of a state change), territories, themes, the fragilities it addresses ({@code addressedFragilities}:
 * [{diagnosticId, fragilityId}]), members (the whole
 * list, or one member joining or leaving), objectives (the whole list, each with its result once measured),
 * {@code outcome} (of a state change to CLOSED) and {@code replicatedFrom}. An archived alliance takes the state
 * ARCHIVED. Events from before objectives, outcomes and replications existed simply lack those fields, and a field
 * an event lacks leaves the projection as it was.
 */
@ApplicationScoped
public class AllianceEventsHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(AllianceEventsHandler.class);
    private static final String PREFIX = "org.maillage.alliance.";
    private static final String ARCHIVED = "ARCHIVED";

    private final AllianceProjection alliances;
    private final TerritoryNames territories;
    private final EventData eventData;

    public AllianceEventsHandler(AllianceProjection alliances, TerritoryNames territories, EventData eventData) {
        this.alliances = alliances;
        this.territories = territories;
        this.eventData = eventData;
    }

    @Override
    public String topic() {
        return Topics.ALLIANCES;
    }

    @Override
    public boolean accepts(String eventType) {
        return eventType.startsWith(PREFIX);
    }

    @Override
    public void handle(CloudEvent event) {
        AllianceData data = eventData.read(event, AllianceData.class);
        if (data.allianceId() == null) {
            return;
        }
        var named = Optional.ofNullable(each(data.territories(), NamedTerritory::name)).map(territories::resolve);
        String type = event.getType();
        alliances.update(data.allianceId(), alliance -> {
            Optional.ofNullable(data.name()).ifPresent(alliance::name);
            Optional.ofNullable(data.state()).or(() -> Optional.ofNullable(data.to())).ifPresent(alliance::state);
            named.ifPresent(alliance::territories);
            Optional.ofNullable(each(data.themes(), Function.identity())).ifPresent(alliance::themes);
            Optional.ofNullable(each(data.addressedFragilities(), AllianceEventsHandler::fragility))
                    .ifPresent(alliance::addresses);
            Optional.ofNullable(each(data.objectives(), AllianceEventsHandler::objective)).ifPresent(alliance::objectives);
            Optional.ofNullable(data.outcome()).ifPresent(alliance::outcome);
            Optional.ofNullable(data.replicatedFrom()).ifPresent(alliance::replicatedFrom);
            membership(type, data, alliance);
        });
    }

    private static void membership(String type, AllianceData data, KnownAlliance alliance) {
        if (type.endsWith(".archived.v1")) {
            // A tombstone: whatever state it was archived in, the alliance no longer acts.
            alliance.state(ARCHIVED);
        } else if (type.endsWith(".member-joined.v1")) {
            Optional.ofNullable(member(new AllianceData.Member(data.actorId(), data.role())))
                    .ifPresent(alliance::memberJoined);
        } else if (type.endsWith(".member-left.v1")) {
            Optional.ofNullable(data.actorId()).ifPresent(alliance::memberLeft);
        } else {
            Optional.ofNullable(each(data.members(), AllianceEventsHandler::member)).ifPresent(alliance::members);
        }
    }

    /** The list item by item, items absent or unreadable dropped; null when the event has no such list. */
    private static <T, R> List<R> each(List<T> items, Function<T, R> read) {
        return items == null ? null
                : items.stream().filter(Objects::nonNull).map(read).filter(Objects::nonNull).toList();
    }

    private static AllianceMember member(AllianceData.Member member) {
        return member.actorId() == null ? null : new AllianceMember(member.actorId(), member.role());
    }

    private static FragilityRef fragility(AllianceData.AddressedFragility fragility) {
        return fragility.fragilityId() == null ? null
                : new FragilityRef(fragility.diagnosticId(), fragility.fragilityId());
    }

    private static AllianceObjective objective(AllianceData.Objective objective) {
        AllianceData.Result result = objective.result();
        ObjectiveResult measured = result == null || result.reached() == null ? null
                : new ObjectiveResult(result.value(), result.reached(), date(result.measuredOn()));
        return new AllianceObjective(objective.title(), objective.indicator(), objective.baseline(),
                objective.target(), date(objective.dueDate()), measured);
    }

    /** A date as YYYY-MM-DD; one that does not parse is read as absent rather than failing the whole event. */
    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            LOG.warnf("Ignoring the date %s of an alliance event", text);
            return null;
        }
    }
}
