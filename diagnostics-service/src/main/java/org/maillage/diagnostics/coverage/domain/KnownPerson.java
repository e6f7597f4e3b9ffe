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

/** A person of the registry as the person events describe it: the actor, the professions, nothing personal. */
@Entity
@Table(name = "known_person")
public class KnownPerson {

    @Id
    private UUID id;
    @Column(name = "actor_id")
    private UUID actorId;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> professions;
    /** removed from the actor or erased: no professions any more */
    private boolean gone;
    /** of the last event applied; null when the events carry none */
    private Long version;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownPerson() {
    }

    public KnownPerson(UUID id) {
        this.id = id;
        this.professions = List.of();
    }

    /** Whether an event of this version is older than, or the same as, the last one applied. */
    public boolean alreadyApplied(Long eventVersion) {
        return version != null && eventVersion != null && eventVersion <= version;
    }

    public void apply(UUID actor, List<String> newProfessions, boolean isGone, Long eventVersion) {
        this.actorId = actor;
        this.gone = isGone;
        this.professions = isGone ? List.of() : List.copyOf(newProfessions);
        this.version = eventVersion != null ? eventVersion : version;
        this.updatedAt = Instant.now();
    }

    public UUID id() { return id; }
    public UUID actorId() { return actorId; }
    public List<String> professions() { return professions; }
    public boolean gone() { return gone; }
}
