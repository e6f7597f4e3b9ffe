package org.maillage.diagnostics.coverage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.repository.KnownAllianceRepository;
import org.maillage.diagnostics.coverage.repository.TerritoryPresence;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.Priority;
import org.maillage.diagnostics.diagnostics.repository.DiagnosticRepository;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.service.TerritoryRelations;
import org.maillage.territory.TerritoryKey;

/** Which alliances cover a territory's priorities and fragilities, from the alliance projection. */
@ApplicationScoped
public class CoverageService {

    static final Set<String> ENDED_STATES = Set.of("CLOSED", "ABANDONED", "ARCHIVED");
    /** Covering alliances listed per item; the counts by state include every one. */
    public static final int MAX_ALLIANCES_SHOWN = 100;

    private final DiagnosticRepository diagnostics;
    private final KnownAllianceRepository alliances;
    private final TerritoryPresence presence;
    private final TerritoryRelations relations;

    public CoverageService(DiagnosticRepository diagnostics, KnownAllianceRepository alliances, TerritoryPresence presence,
                           TerritoryRelations relations) {
        this.diagnostics = diagnostics;
        this.alliances = alliances;
        this.presence = presence;
        this.relations = relations;
    }

    /** Of the given diagnostic, or else of the territory's latest published one. */
    @Transactional
    public Coverage coverage(Territory territory, UUID diagnosticId) {
        Diagnostic diagnostic = diagnosticId != null
                ? diagnostics.findByIdOptional(diagnosticId).filter(d -> d.territoryCode().equals(territory.code())
                        && d.territoryLevel() == territory.level())
                        .orElseThrow(() -> new ResourceNotFoundException("Diagnostic of " + territory.code(), diagnosticId))
                : diagnostics.latestPublished(territory.key()).orElseThrow(() -> new ResourceNotFoundException(
                        "Published diagnostic of territory", territory.code()));
        // only the candidates leave the database: alliances present on the territory or naming a fragility of it
        Set<UUID> candidates = new LinkedHashSet<>(presence.alliances(territory));
        candidates.addAll(presence.alliancesAddressing(diagnostic.fragilities().stream().map(Fragility::id).toList()));
        List<KnownAlliance> all = candidates.isEmpty() ? List.of()
                : alliances.list("id in ?1 order by id", List.copyOf(candidates));
        Map<TerritoryKey, Territory> known = relations.load(all.stream().flatMap(a -> a.territories().stream()).toList());
        List<CoverageItem> items = new ArrayList<>();
        for (Fragility fragility : diagnostic.fragilities()) {
            Integer rank = diagnostic.priorities().stream().filter(p -> p.fragilityId().equals(fragility.id()))
                    .map(Priority::rank).findFirst().orElse(null);
            List<CoveringAlliance> covering = new ArrayList<>();
            for (KnownAlliance alliance : all) {
                covering(alliance, diagnostic, fragility, territory, known).ifPresent(covering::add);
            }
            Map<String, Integer> byState = new TreeMap<>();
            covering.forEach(c -> byState.merge(String.valueOf(c.state()), 1, Integer::sum));
            boolean covered = covering.stream().anyMatch(c -> !ENDED_STATES.contains(c.state()));
            items.add(new CoverageItem(fragility, rank, covered, byState,
                    List.copyOf(covering.subList(0, Math.min(covering.size(), MAX_ALLIANCES_SHOWN)))));
        }
        items.sort(Comparator.comparingInt(CoverageService::group)
                .thenComparingInt(i -> i.priorityRank() == null ? Integer.MAX_VALUE : i.priorityRank()));
        int uncovered = (int) items.stream().filter(i -> i.priorityRank() != null && !i.covered()).count();
        return new Coverage(diagnostic, uncovered, items);
    }

    /** Uncovered priorities, then covered priorities, then fragilities that are not priorities. */
    private static int group(CoverageItem item) {
        return item.priorityRank() == null ? 2 : item.covered() ? 1 : 0;
    }

    private Optional<CoveringAlliance> covering(KnownAlliance alliance, Diagnostic diagnostic, Fragility fragility,
                                                Territory territory, Map<TerritoryKey, Territory> known) {
        Optional<TerritoryRelations.Relation> relation = relations.relation(territory, alliance.territories(), known);
        boolean explicit = alliance.addresses().stream().anyMatch(ref -> ref.fragilityId().equals(fragility.id())
                && (ref.diagnosticId() == null || ref.diagnosticId().equals(diagnostic.id())));
        String relationName = relation.map(Enum::name).orElse(null);
        if (explicit) {
            return Optional.of(new CoveringAlliance(alliance.id(), alliance.name(), alliance.state(), "EXPLICIT", relationName));
        }
        if (relation.isPresent() && fragility.theme() != null && alliance.themes().contains(fragility.theme().name())) {
            return Optional.of(new CoveringAlliance(alliance.id(), alliance.name(), alliance.state(),
                    "THEME_AND_TERRITORY", relationName));
        }
        return Optional.empty();
    }

}
