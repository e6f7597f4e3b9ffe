package org.maillage.diagnostics.diagnostics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.DiagnosticState;
import org.maillage.diagnostics.diagnostics.repository.DiagnosticRepository;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.repository.TerritoryFilter;
import org.maillage.diagnostics.territories.repository.TerritoryRepository;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/** Computes and stores diagnostics (as DRAFT); conversations move them further. */
@ApplicationScoped
public class DiagnosticService {

    /** A batch diagnoses at most this many territories: all départements fit, all communes do not. */
    public static final int MAX_BATCH = 2000;

    private final DiagnosticRepository repository;
    private final DiagnosticCalculator calculator;
    private final ComparisonResolver resolver;
    private final TerritoryRepository territories;

    public DiagnosticService(DiagnosticRepository repository, DiagnosticCalculator calculator, ComparisonResolver resolver,
                             TerritoryRepository territories) {
        this.repository = repository;
        this.calculator = calculator;
        this.resolver = resolver;
        this.territories = territories;
    }

    @Transactional
    public Diagnostic create(DiagnosticSpec spec) {
        Territory target = resolver.territory(spec.territoryCode(), spec.level(), "territoryCode");
        Diagnostic diagnostic = calculator.diagnose(target, spec, true);
        repository.persist(diagnostic);
        return diagnostic;
    }

    /**
     * Diagnoses every territory of a level (within a parent if given) with the same spec, in one transaction.
     * Territories without any value are left out.
     */
    @Transactional
    public List<Diagnostic> createBatch(DiagnosticSpec spec, TerritoryLevel level, TerritoryKey parent) {
        List<Territory> targets = territories.page(new TerritoryFilter(level, parent, null), null, MAX_BATCH + 1);
        if (targets.size() > MAX_BATCH) {
            throw new UnprocessableException("A batch diagnoses at most " + MAX_BATCH + " territories",
                    List.of(new FieldError("parent", "TooMany", "narrow the batch with a parent")));
        }
        return targets.stream()
                .map(target -> calculator.diagnose(target, spec.forTerritory(target.code(), target.level()), false))
                .filter(diagnostic -> !diagnostic.results().isEmpty())
                .peek(repository::persist)
                .toList();
    }

    @Transactional
    public Diagnostic get(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Diagnostic", id));
    }

    @Transactional
    public List<Diagnostic> page(TerritoryKey territory, DiagnosticState state, Instant afterAt, UUID afterId, int fetchSize) {
        return repository.page(territory, state, afterAt, afterId, fetchSize);
    }

    /** Diagnostics changed since {@code sync.updatedSince()}, by (updatedAt, id); superseded ones only on request. */
    @Transactional
    public List<Diagnostic> changes(SyncRequest sync, TerritoryKey territory, DiagnosticState state, Instant afterAt,
                                    UUID afterId, int fetchSize) {
        return repository.changes(sync, territory, state, afterAt, afterId, fetchSize);
    }
}
