package org.maillage.alliances.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A multi-party partnership between actors, with its lifecycle state. */
@Entity
@Table(name = "alliance")
public class Alliance {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllianceState state;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alliance_member", joinColumns = @JoinColumn(name = "alliance_id"))
    private List<Member> members = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Alliance() {
    }

    /** A new alliance starts as EMERGING: partners have met and want to work together. */
    public static Alliance propose(String name, String purpose, List<Member> members) {
        Alliance alliance = new Alliance();
        alliance.id = UUID.randomUUID();
        alliance.name = name.strip();
        alliance.purpose = purpose;
        alliance.members = new ArrayList<>(members);
        alliance.state = AllianceState.EMERGING;
        alliance.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        alliance.stateSince = alliance.createdAt;
        alliance.updatedAt = alliance.createdAt;
        return alliance;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    public AllianceState state() {
        return state;
    }

    public Instant stateSince() {
        return stateSince;
    }

    public List<Member> members() {
        return List.copyOf(members);
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
