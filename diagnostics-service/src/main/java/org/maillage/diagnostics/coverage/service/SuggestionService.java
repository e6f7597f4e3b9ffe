package org.maillage.diagnostics.coverage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.maillage.diagnostics.coverage.domain.AllianceObjective;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.domain.ProfileSimilarity;
import org.maillage.diagnostics.coverage.domain.Standing;
import org.maillage.diagnostics.coverage.repository.KnownAllianceRepository;
import org.maillage.diagnostics.coverage.repository.TerritoryProfiles;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.domain.TerritoryRef;
import org.maillage.diagnostics.territories.service.TerritoryRelations;
import org.maillage.territory.TerritoryKey;

/**
 * For each uncovered priority of a territory's diagnostic, the proven alliances acting elsewhere — on no territory
 * that is it, inside it or contains it — that reached an objective on the priority's indicator or act on its theme,
 * ranked by {@link Suggestion#RANKING}: what they proved ({@link Standing}), then how alike the territories'
 * indicator profiles are ({@link ProfileSimilarity}) in the diagnostic's period.
 */
@ApplicationScoped
public class SuggestionService {

    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 20;
    static final String INDICATOR = "INDICATOR";
    static final String THEME = "THEME";

    private final CoverageService coverage;
    private final KnownAllianceRepository alliances;
    private final TerritoryRelations relations;
    private final TerritoryProfiles profiles;

    public SuggestionService(CoverageService coverage, KnownAllianceRepository alliances, TerritoryRelations relations,
                             TerritoryProfiles profiles) {
        this.coverage = coverage;
        this.alliances = alliances;
        this.relations = relations;
        this.profiles = profiles;
    }

    /** Of the given diagnostic, or else of the territory's latest published one; at most {@code limit} per priority. */
    @Transactional
    public Suggestions suggest(Territory territory, UUID diagnosticId, int limit) {
        Coverage covered = coverage.coverage(territory, diagnosticId);
        List<CoverageItem> uncovered = covered.items().stream()
                .filter(item -> item.priorityRank() != null && !item.covered()).toList();
        Set<String> indicators = uncovered.stream().map(i -> i.fragility().indicator()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> themes = uncovered.stream().map(i -> i.fragility().theme()).filter(Objects::nonNull)
                .map(Enum::name).collect(Collectors.toSet());
        List<KnownAlliance> proven = uncovered.isEmpty() ? List.of() : alliances.provenOn(indicators, themes);
        Map<TerritoryKey, Territory> known = relations.load(proven.stream().flatMap(a -> a.territories().stream()).toList());
        List<KnownAlliance> elsewhere = proven.stream().filter(a -> !a.territories().isEmpty()
                && relations.relation(territory, a.territories(), known).isEmpty()).toList();
        Set<TerritoryKey> profiled = new LinkedHashSet<>();
        profiled.add(territory.key());
        elsewhere.forEach(a -> a.territories().forEach(t -> profiled.add(t.key())));
        Map<TerritoryKey, Map<String, Double>> percentiles = profiles.percentiles(covered.diagnostic().period(), profiled);
        Map<String, Double> own = percentiles.getOrDefault(territory.key(), Map.of());

        List<SuggestionItem> items = new ArrayList<>();
        for (CoverageItem item : uncovered) {
            Set<UUID> counted = item.alliances().stream().map(CoveringAlliance::allianceId).collect(Collectors.toSet());
            List<Suggestion> candidates = new ArrayList<>();
            for (KnownAlliance alliance : elsewhere) {
                if (!counted.contains(alliance.id())) {
                    suggestion(alliance, item.fragility(), own, percentiles, known).ifPresent(candidates::add);
                }
            }
            candidates.sort(Suggestion.RANKING);
            items.add(new SuggestionItem(item.fragility(), item.priorityRank(), candidates.size(),
                    List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())))));
        }
        return new Suggestions(covered.diagnostic(), items);
    }

    private static Optional<Suggestion> suggestion(KnownAlliance alliance, Fragility fragility, Map<String, Double> own,
                                                   Map<TerritoryKey, Map<String, Double>> percentiles,
                                                   Map<TerritoryKey, Territory> known) {
        Optional<Standing> standing = Standing.of(alliance);
        List<AllianceObjective> reached = alliance.objectives().stream().filter(AllianceObjective::reached).toList();
        List<AllianceObjective> onIndicator = fragility.indicator() == null ? List.of()
                : reached.stream().filter(o -> fragility.indicator().equals(o.indicator())).toList();
        boolean onTheme = fragility.theme() != null && alliance.themes().contains(fragility.theme().name());
        if (standing.isEmpty() || (onIndicator.isEmpty() && !onTheme)) {
            return Optional.empty();
        }
        String match = onIndicator.isEmpty() ? THEME : INDICATOR;
        List<AllianceObjective> objectives = onIndicator.isEmpty() ? reached : onIndicator;
        Territory compared = null;
        ProfileSimilarity similarity = ProfileSimilarity.NONE;
        for (Territory candidate : alliance.territories().stream().map(TerritoryRef::key).distinct().map(known::get)
                .filter(Objects::nonNull).sorted(Comparator.comparing(Territory::level).thenComparing(Territory::code))
                .toList()) {
            ProfileSimilarity next = ProfileSimilarity.between(own, percentiles.getOrDefault(candidate.key(), Map.of()));
            if (next.distance() != null && ProfileSimilarity.CLOSEST_FIRST.compare(next, similarity) < 0) {
                compared = candidate;
                similarity = next;
            }
        }
        return Optional.of(new Suggestion(alliance, standing.get(), match, objectives, compared, similarity,
                SuggestionReasons.of(alliance, fragility, match, objectives, standing.get(), compared, similarity)));
    }
}
