package org.maillage.diagnostics.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.diagnostics.indicators.domain.IndicatorDefinition;
import org.maillage.diagnostics.indicators.repository.IndicatorChanges;
import org.maillage.diagnostics.indicators.repository.IndicatorRepository;
import org.maillage.diagnostics.indicators.repository.ObservationDerivations;
import org.maillage.vocabulary.Theme;

/** The indicator catalogue. */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository repository;
    private final IndicatorChanges changes;
    private final ObservationDerivations derivations;

    public IndicatorService(IndicatorRepository repository, IndicatorChanges changes, ObservationDerivations derivations) {
        this.repository = repository;
        this.changes = changes;
        this.derivations = derivations;
    }

    @Transactional
    public Indicator create(String code, IndicatorDefinition definition) {
        if (repository.findByIdOptional(code).isPresent()) {
            throw new ConflictException("Indicator " + code + " already exists; PUT /api/v1/indicators/" + code
                    + " changes it");
        }
        Indicator indicator = new Indicator(code, definition, false);
        repository.persistAndFlush(indicator);
        changes.forget(code);
        return indicator;
    }

    /** Creates or replaces, used by the reference and demo loaders; returns the stored indicator. */
    @Transactional
    public Indicator ensure(String code, IndicatorDefinition definition, boolean synthetic) {
        Indicator indicator = repository.findByIdOptional(code).orElse(null);
        if (indicator == null) {
            indicator = new Indicator(code, definition, synthetic);
            repository.persist(indicator);
            changes.forget(code);
        } else if (!indicator.definition().equals(definition)) {
            indicator.apply(definition);
        }
        return indicator;
    }

    @Transactional
    public Indicator get(String code) {
        return repository.findByIdOptional(code).orElseThrow(() -> new ResourceNotFoundException("Indicator", code));
    }

    @Transactional
    public List<Indicator> page(Theme theme, String afterCode, int fetchSize) {
        return repository.page(theme, afterCode, fetchSize);
    }

    /**
     * Indicators changed at or after {@code sync.updatedSince()} and, with includeArchived, those deleted since (as
     * tombstones: no indicator), ordered by (instant, code), after the given position.
     */
    @Transactional
    public List<IndicatorEntry> changes(SyncRequest sync, Theme theme, Instant afterAt, String afterCode, int fetchSize) {
        List<IndicatorChanges.Change> page = changes.since(sync.updatedSince(), sync.includeArchived(), theme, afterAt,
                afterCode, fetchSize);
        List<String> live = page.stream().filter(c -> !c.deleted()).map(IndicatorChanges.Change::code).toList();
        Map<String, Indicator> byCode = live.isEmpty() ? Map.of() : repository.list("code in ?1", live).stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        return page.stream().map(c -> new IndicatorEntry(c.code(), c.theme(), c.at(), c.deleted() ? null : byCode.get(c.code())))
                .toList();
    }

    /**
     * Replaces the definition (If-Match honoured). A new aggregation re-derives the values above the commune of
     * every period, in the same transaction.
     */
    @Transactional
    public Indicator replace(String code, IndicatorDefinition definition, String ifMatch) {
        Indicator indicator = get(code);
        ETags.requireMatch(ifMatch, indicator.version());
        boolean aggregationChanged = indicator.aggregation() != definition.aggregation();
        indicator.apply(definition);
        repository.flush();
        if (aggregationChanged) {
            repository.getEntityManager().createNativeQuery(
                            "DELETE FROM observation WHERE indicator_code = ?1 AND derived")
                    .setParameter(1, code).executeUpdate();
            List<?> periods = repository.getEntityManager().createNativeQuery(
                    "SELECT DISTINCT period FROM observation WHERE indicator_code = ?1").setParameter(1, code).getResultList();
            derivations.derive(List.of(code), periods.stream().map(String::valueOf).toList(), TimeOrderedIds.next());
        }
        return indicator;
    }

    /** Deletes the indicator and its observations; diagnostics already computed keep their figures. */
    @Transactional
    public void delete(String code, String ifMatch) {
        // locked first: an import holding the indicator (FOR KEY SHARE) finishes before, one starting after sees it gone
        Indicator indicator = repository.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException("Indicator", code));
        ETags.requireMatch(ifMatch, indicator.version());
        repository.getEntityManager().createNativeQuery("DELETE FROM observation WHERE indicator_code = ?1")
                .setParameter(1, code).executeUpdate();
        repository.delete(indicator);
        changes.tombstone(code, indicator.theme());
    }
}
