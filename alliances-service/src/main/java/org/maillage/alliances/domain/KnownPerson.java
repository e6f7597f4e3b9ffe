package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's projection of a person of an actor: only what mediation needs (the actor, whether the
 * person holds the inter-organisation mediator profession, whether it was removed or erased).
 */
@Entity
@Table(name = "known_person")
public class KnownPerson {

    @Id
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "actor_id", nullable = false)
    private UUID actorId;
    @Column(nullable = false)
    private boolean mediator;
    @Column(nullable = false)
    private boolean removed;
    @Column(nullable = false)
    private long version;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownPerson() {
    }

    public KnownPerson(UUID personId) {
        this.personId = personId;
        this.version = -1;
    }

    /** Applies a person event; an event older than what is known (lower version) changes nothing. */
    public boolean apply(UUID actor, boolean holdsMediatorProfession, boolean removedOrErased, long eventVersion,
                         Instant at) {
        if (eventVersion < version) {
            return false;
        }
        actorId = actor;
        mediator = holdsMediatorProfession && !removedOrErased;
        removed = removedOrErased;
        version = eventVersion;
        updatedAt = at;
        return true;
    }

    public UUID personId() { return personId; }
    public UUID actorId() { return actorId; }

    /** Whether the person may mediate now: holds the profession and is still a person of its actor. */
    public boolean canMediate() { return mediator && !removed; }
}
