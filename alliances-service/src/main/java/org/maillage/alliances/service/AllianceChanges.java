package org.maillage.alliances.service;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.maillage.alliances.events.StateChanged;
import org.maillage.alliances.repository.TimelineRepository;
import org.maillage.commons.events.Topics;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.security.CallerIdentity;

/**
 * Records a change of an alliance twice in the caller's transaction: as an event in the outbox, and as an
 * entry of the alliance's timeline (same id as the event).
 */
@ApplicationScoped
public class AllianceChanges {

    private final Outbox outbox;
    private final TimelineRepository timeline;
    private final CallerIdentity identity;

    public AllianceChanges(Outbox outbox, TimelineRepository timeline, CallerIdentity identity) {
        this.outbox = outbox;
        this.timeline = timeline;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String allianceId, Object data) {
        UUID eventId = outbox.append(Topics.ALLIANCES, type, allianceId, data);
        timeline.append(eventId, UUID.fromString(allianceId), DatabaseClock.now(), type,
                data instanceof StateChanged changed ? changed.reason() : null, madeBy(), data);
    }

    /** The caller who asked for the change; none when the service reacts to an event (an actor merged). */
    private String madeBy() {
        return Arc.container().requestContext().isActive() ? identity.who() : null;
    }
}
