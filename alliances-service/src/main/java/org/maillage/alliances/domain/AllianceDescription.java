package org.maillage.alliances.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * What an alliance is about: name, purpose, type, territories, themes, objectives and the fragilities it
 * addresses. Partners revise it as a whole (merge patch); name is never null, so the embeddable never is.
 */
@Embeddable
public class AllianceDescription {

    @Column(nullable = false)
    private String name;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private AllianceType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_territory", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "code", nullable = false)
    private Set<String> territories = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_theme", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "theme", nullable = false)
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_objective", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    private List<Objective> objectives = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_fragility", joinColumns = @JoinColumn(name = "alliance_id"))
    private Set<AddressedFragility> fragilities = new LinkedHashSet<>();

    protected AllianceDescription() {
    }

    AllianceDescription(AllianceDetails details) {
        replace(details);
    }

    /**
     * Replaces every field; collections are cleared and refilled so Hibernate keeps tracking them. The objectives
     * are checked first, so that a refused revision leaves the description as it was.
     */
    final void replace(AllianceDetails details) {
        List<Objective> revised = Objectives.revise(objectives, details.objectives());
        name = details.name().strip();
        purpose = details.purpose();
        type = details.type();
        territories.clear();
        territories.addAll(details.territories());
        themes.clear();
        themes.addAll(details.themes());
        objectives.clear();
        objectives.addAll(revised);
        fragilities.clear();
        fragilities.addAll(details.fragilities());
    }

    AllianceDetails details() {
        return new AllianceDetails(name, purpose, type, Set.copyOf(territories), Set.copyOf(themes),
                List.copyOf(objectives), Set.copyOf(fragilities));
    }

    /** Records the result of one of its objectives, found by id; the caller has checked the guards. */
    void measure(Objective objective, ObjectiveResult result) {
        objectives.set(objectives.indexOf(objective), objective.measured(result));
    }

    String name() { return name; }
    String purpose() { return purpose; }
    AllianceType type() { return type; }
    List<Objective> objectives() { return List.copyOf(objectives); }
}
