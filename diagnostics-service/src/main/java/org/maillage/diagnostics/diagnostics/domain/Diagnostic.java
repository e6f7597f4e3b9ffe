package org.maillage.diagnostics.diagnostics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.persistence.VersionedEntity;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.territory.TerritoryLevel;

/** A diagnostic of one territory for one period: figures are a snapshot, never recomputed. */
@Entity
@Table(name = "diagnostic")
public class Diagnostic extends VersionedEntity {

    /** Most indicators one diagnostic assesses: a request names at most this many, or must when more have a value. */
    public static final int MAX_INDICATORS = 100;
    /**
     * Most fragilities of one diagnostic: those found in the data (at most one per indicator) and those added in
     * its conversation. A ballot may rank them all ({@code Ranking.MAX_FRAGILITIES}).
     */
    public static final int MAX_FRAGILITIES = 200;

    @Id
    private UUID id;
    @Column(name = "territory_code")
    private String territoryCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "territory_level")
    private TerritoryLevel territoryLevel;
    @Column(name = "territory_name")
    private String territoryName;
    private String period;
    @JdbcTypeCode(SqlTypes.JSON)
    private Comparison comparison;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<IndicatorResult> results;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Fragility> fragilities;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Priority> priorities;
    /** Uses synthetic demo data: never to be read as a real picture of the territory. */
    private boolean synthetic;
    @Enumerated(EnumType.STRING)
    private DiagnosticState state;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "superseded_by")
    private UUID supersededBy;

    protected Diagnostic() {
    }

    public Diagnostic(TerritoryLevel level, String code, String name, String period, Comparison comparison,
                      List<IndicatorResult> results, List<Fragility> fragilities) {
        this.id = TimeOrderedIds.next();
        this.territoryLevel = level;
        this.territoryCode = code;
        this.territoryName = name;
        this.period = period;
        this.comparison = comparison;
        this.results = List.copyOf(results);
        this.fragilities = List.copyOf(fragilities);
        this.priorities = List.of();
        this.synthetic = results.stream().anyMatch(IndicatorResult::synthetic);
        this.state = DiagnosticState.DRAFT;
        created(DatabaseClock.now());
    }

    public void openConversation() {
        moveTo(DiagnosticState.IN_CONVERSATION);
    }

    public void addFragility(Fragility fragility) {
        if (fragilities.size() >= MAX_FRAGILITIES) {
            throw new UnprocessableException("Diagnostic " + id + " already has " + MAX_FRAGILITIES + " fragilities",
                    List.of(new FieldError("fragilities", "TooMany", "a diagnostic has at most " + MAX_FRAGILITIES
                            + " fragilities: merge this one with a close one")));
        }
        List<Fragility> all = new ArrayList<>(fragilities);
        all.add(fragility);
        fragilities = List.copyOf(all);
        touch(DatabaseClock.now());
    }

    public void publish(List<Priority> adopted) {
        moveTo(DiagnosticState.PUBLISHED);
        priorities = List.copyOf(adopted);
        publishedAt = updatedAt();
    }

    public void supersede(UUID newer) {
        moveTo(DiagnosticState.SUPERSEDED);
        supersededBy = newer;
    }

    public Optional<Fragility> fragility(UUID fragilityId) {
        return fragilities.stream().filter(f -> f.id().equals(fragilityId)).findFirst();
    }

    private void moveTo(DiagnosticState next) {
        if (!state.canBecome(next)) {
            throw new ConflictException("Diagnostic " + id + " is " + state + " and cannot become " + next);
        }
        state = next;
        touch(DatabaseClock.now());
    }

    public UUID id() { return id; }
    public String territoryCode() { return territoryCode; }
    public TerritoryLevel territoryLevel() { return territoryLevel; }
    public String territoryName() { return territoryName; }
    public String period() { return period; }
    public Comparison comparison() { return comparison; }
    public List<IndicatorResult> results() { return results; }
    public List<Fragility> fragilities() { return fragilities; }
    public List<Priority> priorities() { return priorities; }
    public boolean synthetic() { return synthetic; }
    public DiagnosticState state() { return state; }
    public Instant publishedAt() { return publishedAt; }
    public UUID supersededBy() { return supersededBy; }
}
