package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * The neutral third party between the partners: an actor, or a person of an actor holding the
 * inter-organisation mediator profession. Neutrality is judged on the actor in both cases.
 */
@Embeddable
public class Mediator {

    @Column(name = "mediator_actor_id")
    private UUID actorId;
    @Column(name = "mediator_person_id")
    private UUID personId;
    @Column(name = "mediator_assigned_at")
    private Instant assignedAt;

    protected Mediator() {
    }

    public Mediator(UUID actorId, UUID personId, Instant assignedAt) {
        this.actorId = actorId;
        this.personId = personId;
        this.assignedAt = assignedAt;
    }

    public UUID actorId() { return actorId; }

    /** The person mediating on behalf of the actor, or null when the actor itself mediates. */
    public UUID personId() { return personId; }

    public Instant assignedAt() { return assignedAt; }

    void repoint(UUID survivor) {
        actorId = survivor;
    }
}
