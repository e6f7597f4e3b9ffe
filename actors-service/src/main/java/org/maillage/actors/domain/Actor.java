package org.maillage.actors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An organisation of the registry. */
@Entity
@Table(name = "actor")
public class Actor {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private World world;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Actor() {
    }

    public static Actor register(String name, ActorKind kind) {
        Actor actor = new Actor();
        actor.id = UUID.randomUUID();
        actor.name = name.strip();
        actor.kind = kind;
        actor.world = kind.world();
        // Microseconds: what PostgreSQL keeps, so cursors built before and after a reload agree.
        actor.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        actor.updatedAt = actor.createdAt;
        return actor;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ActorKind kind() {
        return kind;
    }

    public World world() {
        return world;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
