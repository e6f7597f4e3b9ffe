package org.maillage.diagnostics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Projection of an alliance: its state, where it acts, on which themes and fragilities, and its members. */
@Entity
@Table(name = "known_alliance")
public class KnownAlliance {

    /** The alliance registry refuses longer names (its contract states 300); names here come from its events. */
    public static final int MAX_NAME = 300;
    /** States are stored as varchar(32). */
    public static final int MAX_STATE = 32;

    @Id
    private UUID id;
    private String name;
    private String state;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<TerritoryRef> territories;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> themes;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<FragilityRef> addresses;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<AllianceMember> members;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownAlliance() {
    }

    public KnownAlliance(UUID id) {
        this.id = id;
        this.territories = List.of();
        this.themes = List.of();
        this.addresses = List.of();
        this.members = List.of();
        this.updatedAt = Instant.now();
    }

    public void name(String name) { this.name = name; touch(); }
    public void state(String state) { this.state = state; touch(); }
    public void territories(List<TerritoryRef> territories) { this.territories = List.copyOf(territories); touch(); }
    public void themes(List<String> themes) { this.themes = List.copyOf(themes); touch(); }
    public void addresses(List<FragilityRef> addresses) { this.addresses = List.copyOf(addresses); touch(); }
    public void members(List<AllianceMember> members) { this.members = List.copyOf(members); touch(); }

    public void memberJoined(AllianceMember member) {
        List<AllianceMember> all = new ArrayList<>(members.stream().filter(m -> !m.actorId().equals(member.actorId())).toList());
        all.add(member);
        members(all);
    }

    public void memberLeft(UUID actorId) {
        members(members.stream().filter(m -> !m.actorId().equals(actorId)).toList());
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String state() { return state; }
    public List<TerritoryRef> territories() { return territories; }
    public List<String> themes() { return themes; }
    public List<FragilityRef> addresses() { return addresses; }
    public List<AllianceMember> members() { return members; }
}
