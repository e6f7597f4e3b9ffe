package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** This service's projection of an actor of the registry, fed by actor events. */
@Entity
@Table(name = "known_actor")
public class KnownActor {

    @Id
    @Column(name = "actor_id")
    private UUID actorId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String world;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "merged_into")
    private UUID mergedInto;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownActor() {
    }

    public KnownActor(UUID actorId, String name, String kind, String world, Instant updatedAt) {
        this.actorId = actorId;
        this.name = name;
        this.kind = kind;
        this.world = world;
        this.updatedAt = updatedAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public String world() {
        return world;
    }

    public boolean archived() {
        return archived;
    }

    public UUID mergedInto() {
        return mergedInto;
    }

    public ActorFacts facts() {
        return new ActorFacts(world, archived);
    }

    /** Archived actors stay known so the alliances they belong to can flag them. */
    public void archive(UUID survivor, Instant at) {
        this.archived = true;
        this.mergedInto = survivor;
        this.updatedAt = at;
    }
}
