package org.maillage.diagnostics.diagnostics.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.diagnostics.config.DiagnosticsConfig;
import org.maillage.diagnostics.diagnostics.domain.Comparison;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.FragilityOrigin;
import org.maillage.diagnostics.diagnostics.domain.IndicatorResult;
import org.maillage.diagnostics.diagnostics.domain.PeerScope;
import org.maillage.diagnostics.diagnostics.domain.ReferenceType;
import org.maillage.diagnostics.diagnostics.repository.DiagnosticQueries;
import org.maillage.diagnostics.diagnostics.repository.PeerStats;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.diagnostics.indicators.domain.Periods;
import org.maillage.diagnostics.indicators.repository.IndicatorRepository;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.territory.TerritoryKey;

/** Computes a diagnostic: three queries for all its indicators, then {@link Assessment} for each. */
@ApplicationScoped
public class DiagnosticCalculator {

    private final DiagnosticQueries queries;
    private final IndicatorRepository indicators;
    private final ComparisonResolver resolver;
    private final DiagnosticsConfig config;

    public DiagnosticCalculator(DiagnosticQueries queries, IndicatorRepository indicators, ComparisonResolver resolver,
                                DiagnosticsConfig config) {
        this.queries = queries;
        this.indicators = indicators;
        this.resolver = resolver;
        this.config = config;
    }

    /** @param strict whether a territory without values is a 422 (single diagnostic) or an empty result (batch) */
    public Diagnostic diagnose(Territory target, DiagnosticSpec spec, boolean strict) {
        if (!Periods.isValid(spec.period())) {
            throw new UnprocessableException("period must be a year (2024), a quarter (2024-Q1) or a month (2024-03)",
                    List.of(new FieldError("period", "InvalidPeriod", "must look like 2024, 2024-Q1 or 2024-03")));
        }
        Comparison comparison = resolver.resolve(target, spec);
        boolean explicit = spec.indicators() != null && !spec.indicators().isEmpty();
        List<String> codes = explicit ? spec.indicators().stream().distinct().toList()
                : queries.indicatorsWithValue(target.key(), spec.period());
        if (codes.size() > Diagnostic.MAX_INDICATORS) {
            throw new UnprocessableException(codes.size() + " indicators have a value for " + target.level() + " "
                    + target.code() + " in " + spec.period() + "; a diagnostic assesses at most " + Diagnostic.MAX_INDICATORS,
                    List.of(new FieldError("indicators", "TooMany", "name at most " + Diagnostic.MAX_INDICATORS
                            + " indicators to diagnose")));
        }
        Map<String, Indicator> catalogue = codes.isEmpty() ? Map.of() : indicators.list("code in ?1", codes).stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        Map<String, PeerStats> stats = codes.isEmpty() ? Map.of() : queries.peerStats(target.key(), spec.period(), codes,
                comparison.peerScope() == PeerScope.PARENT
                        ? new TerritoryKey(comparison.peerParentLevel(), comparison.peerParentCode()) : null);
        if (explicit) {
            requireKnownWithValues(spec, catalogue, strict ? stats : null, target);
        } else if (codes.isEmpty() && strict) {
            throw new UnprocessableException("No observation for " + target.level() + " " + target.code() + " ("
                    + target.name() + ") in " + spec.period(),
                    List.of(new FieldError("period", "NoObservation", "no indicator has a value for this territory and period")));
        }
        Map<String, Double> references = codes.isEmpty() ? Map.of() : comparison.referenceType() == ReferenceType.NATION
                ? queries.nationalValues(target.level(), spec.period(), codes)
                : queries.values(new TerritoryKey(comparison.referenceLevel(), comparison.referenceCode()), spec.period(), codes);
        Wording wording = wording(target, comparison);
        List<IndicatorResult> results = codes.stream().filter(stats::containsKey)
                .map(code -> Assessment.assess(catalogue.get(code), stats.get(code), references.get(code),
                        config.severity(), wording))
                .toList();
        List<Fragility> fragilities = new ArrayList<>();
        for (IndicatorResult r : results) {
            if (r.severity().isFragility()) {
                fragilities.add(new Fragility(TimeOrderedIds.next(), FragilityOrigin.DATA, r.indicator(), r.label(),
                        r.explanation(), r.theme(), r.severity(), null));
            }
        }
        return new Diagnostic(target.level(), target.code(), target.name(), spec.period(), comparison, results, fragilities);
    }

    /** Every requested indicator must exist and, unless {@code stats} is null (batch), have a value. */
    private static void requireKnownWithValues(DiagnosticSpec spec, Map<String, Indicator> catalogue,
                                               Map<String, PeerStats> stats, Territory target) {
        List<String> requested = spec.indicators();
        List<FieldError> errors = IntStream.range(0, requested.size())
                .filter(i -> !catalogue.containsKey(requested.get(i)) || (stats != null && !stats.containsKey(requested.get(i))))
                .mapToObj(i -> catalogue.containsKey(requested.get(i))
                        ? new FieldError("indicators[" + i + "]", "NoObservation", requested.get(i) + " has no value for "
                                + target.code() + " in " + spec.period())
                        : new FieldError("indicators[" + i + "]", "UnknownIndicator", requested.get(i) + " is not in the catalogue"))
                .toList();
        if (!errors.isEmpty()) {
            throw new UnprocessableException("Some requested indicators cannot be diagnosed", errors);
        }
    }

    private static Wording wording(Territory target, Comparison comparison) {
        String reference = comparison.referenceType() == ReferenceType.NATION ? "for France as a whole"
                : "in " + comparison.referenceName();
        String peers = Levels.plural(target.level()) + " of "
                + (comparison.peerScope() == PeerScope.NATIONAL ? "France" : comparison.peerParentName());
        return new Wording(target.name(), reference, peers);
    }
}
