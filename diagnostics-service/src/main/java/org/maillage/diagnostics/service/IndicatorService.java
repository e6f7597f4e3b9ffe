package org.maillage.diagnostics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.http.ETags;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.diagnostics.domain.Indicator;
import org.maillage.diagnostics.domain.IndicatorDefinition;
import org.maillage.vocabulary.Theme;
import org.maillage.diagnostics.repository.IndicatorRepository;
import org.maillage.diagnostics.repository.ObservationDerivations;

/** The indicator catalogue. */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository repository;
    private final ObservationDerivations derivations;

    public IndicatorService(IndicatorRepository repository, ObservationDerivations derivations) {
        this.repository = repository;
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
        return indicator;
    }

    /** Creates or replaces, used by the reference and demo loaders; returns the stored indicator. */
    @Transactional
    public Indicator ensure(String code, IndicatorDefinition definition, boolean synthetic) {
        Indicator indicator = repository.findByIdOptional(code).orElse(null);
        if (indicator == null) {
            indicator = new Indicator(code, definition, synthetic);
            repository.persist(indicator);
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
            derivations.derive(List.of(code), periods.stream().map(String::valueOf).toList(), UUID.randomUUID());
        }
        return indicator;
    }

    /** Deletes the indicator and its observations; diagnostics already computed keep their figures. */
    @Transactional
    public void delete(String code, String ifMatch) {
        Indicator indicator = get(code);
        ETags.requireMatch(ifMatch, indicator.version());
        repository.delete(indicator);
    }
}
