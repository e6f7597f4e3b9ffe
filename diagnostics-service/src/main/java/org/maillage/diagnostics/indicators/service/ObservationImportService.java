package org.maillage.diagnostics.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.maillage.commons.events.Topics;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.diagnostics.events.DiagnosticsEvents;
import org.maillage.diagnostics.events.ObservationsImported;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.diagnostics.indicators.domain.ValidObservation;
import org.maillage.diagnostics.indicators.repository.IndicatorRepository;
import org.maillage.diagnostics.indicators.repository.ObservationDerivations;
import org.maillage.diagnostics.indicators.repository.ObservationStore;
import org.maillage.diagnostics.territories.repository.TerritoryCodes;
import org.maillage.territory.TerritoryLevel;

/**
 * Imports observations in bulk: validate every row, then (unless all-or-nothing with rejections) upsert the
 * valid ones, re-derive the levels above the commune, and record one event for the whole import.
 */
@ApplicationScoped
public class ObservationImportService {

    private static final Logger LOG = Logger.getLogger(ObservationImportService.class);

    private final IndicatorRepository indicators;
    private final TerritoryCodes territoryCodes;
    private final ObservationStore store;
    private final ObservationDerivations derivations;
    private final ImportLog importLog;
    private final Outbox outbox;

    public ObservationImportService(IndicatorRepository indicators, TerritoryCodes territoryCodes, ObservationStore store,
                                    ObservationDerivations derivations, ImportLog importLog, Outbox outbox) {
        this.indicators = indicators;
        this.territoryCodes = territoryCodes;
        this.store = store;
        this.derivations = derivations;
        this.importLog = importLog;
        this.outbox = outbox;
    }

    @Transactional
    public ImportReport importCsv(String csv, String period, TerritoryLevel level, String source, ImportMode mode) {
        Map<String, String> byLowerCode = indicators.listAll().stream()
                .collect(Collectors.toMap(i -> i.code().toLowerCase(Locale.ROOT), Indicator::code));
        return apply(CsvObservationParser.parse(csv, byLowerCode, period, level, source), mode, "CSV", source);
    }

    @Transactional
    public ImportReport importRows(List<ObservationRow> rows, ImportMode mode, String source) {
        return apply(new ParsedImport(rows, List.of(), 0), mode, "JSON", source);
    }

    private ImportReport apply(ParsedImport parsed, ImportMode mode, String format, String source) {
        long start = System.nanoTime();
        Map<String, Indicator> catalogue = indicators.listAll().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        List<Rejection> rejections = new ArrayList<>(parsed.rejections());
        List<ValidObservation> valid = ObservationValidator.validate(parsed.rows(), catalogue.keySet(), territoryCodes,
                rejections);
        rejections.sort(Comparator.comparingInt(Rejection::line));
        UUID importId = TimeOrderedIds.next();
        int received = parsed.rows().size() + parsed.skipped() + parsed.rejections().size();
        List<String> touchedIndicators = valid.stream().map(ValidObservation::indicator).distinct().sorted().toList();
        List<String> periods = valid.stream().map(ValidObservation::period).distinct().sorted().toList();
        requireWithinLimits(touchedIndicators, periods);
        if (!rejections.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            throw new ImportRejectedException(new ImportReport(importId, ImportReport.REJECTED, mode, received, 0, 0,
                    parsed.skipped(), rejections.size(), 0, touchedIndicators, periods, shown(rejections)));
        }
        if (!valid.isEmpty()) {
            Set<String> locked = store.beginBulk(touchedIndicators);
            List<String> gone = touchedIndicators.stream().filter(code -> !locked.contains(code)).toList();
            if (!gone.isEmpty()) {
                throw new ConflictException("Indicators " + gone + " were deleted during the import: nothing was written");
            }
        }
        long validated = System.nanoTime();
        int[] counts = valid.isEmpty() ? new int[] {0, 0} : store.upsert(valid, importId);
        long written = System.nanoTime();
        int derived = valid.isEmpty() ? 0 : derivations.derive(touchedIndicators, periods, importId);
        LOG.infof("Import %s: %d values validated in %d ms, written in %d ms, %d derived and summarised in %d ms",
                importId, valid.size(), (validated - start) / 1_000_000, (written - validated) / 1_000_000, derived,
                (System.nanoTime() - written) / 1_000_000);
        ImportReport report = new ImportReport(importId,
                rejections.isEmpty() ? ImportReport.APPLIED : ImportReport.PARTIALLY_APPLIED, mode, received,
                counts[0], counts[1], parsed.skipped(), rejections.size(), derived, touchedIndicators, periods,
                shown(rejections));
        boolean synthetic = touchedIndicators.stream().anyMatch(code -> catalogue.get(code).synthetic());
        importLog.record(report, format, source);
        outbox.append(Topics.DIAGNOSTICS, DiagnosticsEvents.OBSERVATIONS_IMPORTED, importId.toString(),
                new ObservationsImported(importId, source, touchedIndicators, periods, counts[0], counts[1], derived,
                        synthetic, Instant.now()));
        return report;
    }

    /** Refuses (400, nothing written) an import whose report could not list what it wrote. */
    private static void requireWithinLimits(List<String> touchedIndicators, List<String> periods) {
        List<FieldError> errors = new ArrayList<>();
        if (touchedIndicators.size() > ImportReport.MAX_INDICATORS) {
            errors.add(new FieldError("indicators", "TooMany", touchedIndicators.size() + " indicators: an import writes at most "
                    + ImportReport.MAX_INDICATORS + ", split it"));
        }
        if (periods.size() > ImportReport.MAX_PERIODS) {
            errors.add(new FieldError("periods", "TooMany", periods.size() + " periods: an import writes at most "
                    + ImportReport.MAX_PERIODS + ", split it"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The import covers too many indicators or periods: nothing was written", errors);
        }
    }

    private static List<Rejection> shown(List<Rejection> rejections) {
        return List.copyOf(rejections.subList(0, Math.min(rejections.size(), ImportReport.MAX_REJECTIONS_SHOWN)));
    }
}
