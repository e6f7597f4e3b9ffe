package org.maillage.diagnostics.coverage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.maillage.diagnostics.territories.domain.TerritoryRef;

/** Projection of an actor of the registry: only what diagnostics need. Fields absent from events stay null. */
@Entity
@Table(name = "known_actor")
public class KnownActor {

    /** The actor registry refuses longer names (its contract states 300); names here come from its events. */
    public static final int MAX_NAME = 300;
    /** Kind and world are stored as varchar(32). */
    public static final int MAX_CATEGORY = 32;

    @Id
    private UUID id;
    private String name;
    private String kind;
    private String world;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<TerritoryRef> territories;
    /** union of the professions of its people, from the registry's person events */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> professions;
    private boolean archived;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownActor() {
    }

    public KnownActor(UUID id) {
        this.id = id;
        this.territories = List.of();
        this.professions = List.of();
        this.updatedAt = Instant.now();
    }

    public void name(String name) { this.name = name; touch(); }
    public void kind(String kind) { this.kind = kind; touch(); }
    public void world(String world) { this.world = world; touch(); }
    public void territories(List<TerritoryRef> territories) { this.territories = List.copyOf(territories); touch(); }
    public void professions(List<String> professions) { this.professions = List.copyOf(professions); touch(); }
    public void archived(boolean archived) { this.archived = archived; touch(); }

    private void touch() {
        updatedAt = Instant.now();
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String kind() { return kind; }
    public String world() { return world; }
    public List<TerritoryRef> territories() { return territories; }
    public List<String> professions() { return professions; }
    public boolean archived() { return archived; }
}
