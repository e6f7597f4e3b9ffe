package org.maillage.diagnostics.coverage.domain;

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
import org.maillage.diagnostics.territories.domain.TerritoryRef;

/**
 * Projection of an alliance: its state, where it acts, on which themes and fragilities, its members, its objectives
 * with their results, how it ended and which alliance it replicates.
 */
@Entity
@Table(name = "known_alliance")
public class KnownAlliance {

    /** The alliance registry refuses longer names (its contract states 300); names here come from its events. */
    public static final int MAX_NAME = 300;
    /** States are stored as varchar(32). */
    public static final int MAX_STATE = 32;
    /** The alliance registry refuses more territories and objectives per alliance (its contract states them). */
    public static final int MAX_TERRITORIES = 500;
    public static final int MAX_OBJECTIVES = 100;

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
    @JdbcTypeCode(SqlTypes.JSON)
    private List<AllianceObjective> objectives;
    /** ACHIEVED, SCALED, HANDED_OVER or DISCONTINUED once closed; null before. */
    private String outcome;
    @Column(name = "replicated_from")
    private UUID replicatedFrom;
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
        this.objectives = List.of();
        this.updatedAt = Instant.now();
    }

    public void name(String name) { this.name = name; touch(); }
    public void state(String state) { this.state = state; touch(); }
    public void territories(List<TerritoryRef> territories) { this.territories = List.copyOf(territories); touch(); }
    public void themes(List<String> themes) { this.themes = List.copyOf(themes); touch(); }
    public void addresses(List<FragilityRef> addresses) { this.addresses = List.copyOf(addresses); touch(); }
    public void members(List<AllianceMember> members) { this.members = List.copyOf(members); touch(); }
    public void objectives(List<AllianceObjective> objectives) { this.objectives = List.copyOf(objectives); touch(); }
    public void outcome(String outcome) { this.outcome = outcome; touch(); }
    public void replicatedFrom(UUID replicatedFrom) { this.replicatedFrom = replicatedFrom; touch(); }

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
    public List<AllianceObjective> objectives() { return objectives; }
    public String outcome() { return outcome; }
    public UUID replicatedFrom() { return replicatedFrom; }
}
