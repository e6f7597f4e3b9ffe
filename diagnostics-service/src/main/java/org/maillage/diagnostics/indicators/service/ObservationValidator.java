package org.maillage.diagnostics.indicators.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.diagnostics.indicators.domain.ObservationBounds;
import org.maillage.diagnostics.indicators.domain.Periods;
import org.maillage.diagnostics.indicators.domain.ValidObservation;
import org.maillage.diagnostics.territories.repository.TerritoryCodes;
import org.maillage.territory.TerritoryLevel;

/** Checks parsed rows against the catalogue and the territorial reference; collects every rejection. */
final class ObservationValidator {

    private ObservationValidator() {
    }

    /** Valid rows; every other row gets a rejection added to {@code rejections}. */
    static List<ValidObservation> validate(List<ObservationRow> rows, Set<String> indicators, TerritoryCodes territories,
                                           List<Rejection> rejections) {
        List<ValidObservation> valid = new ArrayList<>(rows.size());
        Map<String, Integer> firstLine = new HashMap<>(rows.size() * 2);
        Set<String> reported = new java.util.HashSet<>();
        for (ObservationRow row : rows) {
            String problem = null;
            String code = null;
            TerritoryLevel level = null;
            if (row.indicator() == null || !indicators.contains(row.indicator())) {
                problem = "UnknownIndicator|indicator " + row.indicator() + " is not in the catalogue";
            } else if (!Periods.isValid(row.period())) {
                problem = "InvalidPeriod|period must be a year (2024), a quarter (2024-Q1) or a month (2024-03), got "
                        + row.period();
            } else if (!Double.isFinite(row.value())) {
                problem = "NotANumber|the value is not a finite number";
            } else if (!ObservationBounds.importable(row.value())) {
                problem = "OutOfRange|the value must lie within ±10^15, got " + row.value();
            } else {
                Set<TerritoryLevel> levels = row.territoryCode() == null ? Set.of() : territories.levelsOf(row.territoryCode());
                level = row.level() != null ? row.level() : levels.size() == 1 ? levels.iterator().next() : null;
                code = row.territoryCode();
                problem = territoryProblem(row, levels, level, territories);
            }
            if (problem == null) {
                String key = row.indicator() + '|' + row.period() + '|' + level + '|' + code;
                Integer earlier = firstLine.putIfAbsent(key, row.line());
                if (earlier != null) {
                    problem = "Duplicate|same indicator, territory and period as line " + earlier;
                }
            }
            if (problem == null) {
                valid.add(new ValidObservation(row.indicator(), level, code, row.period(), row.value(), row.source()));
            } else {
                int bar = problem.indexOf('|');
                String kind = problem.substring(0, bar);
                // a bad CODGEO spoils every cell of its line: report it once
                if (reported.add(row.line() + "|" + kind + "|" + (kind.endsWith("Territory") ? "" : row.column()))) {
                    rejections.add(new Rejection(row.line(), columnOf(row, kind), valueOf(row, kind), kind,
                            problem.substring(bar + 1)));
                }
            }
        }
        return valid;
    }

    private static String territoryProblem(ObservationRow row, Set<TerritoryLevel> levels, TerritoryLevel level,
                                           TerritoryCodes territories) {
        String code = row.territoryCode();
        if (code == null || code.isBlank()) {
            return "UnknownTerritory|the territory code is missing";
        }
        if (levels.isEmpty()) {
            String padded = "0" + code;
            String hint = code.length() == 4 && !territories.levelsOf(padded).isEmpty()
                    ? " (did a spreadsheet drop a leading zero? " + padded + " exists)" : "";
            return "UnknownTerritory|no territory has the code " + code + hint;
        }
        if (level == null) {
            return "AmbiguousTerritory|" + code + " is the code of several territories " + levels + ": give the level";
        }
        if (!levels.contains(level)) {
            return "UnknownTerritory|no " + level + " has the code " + code + " (it exists as " + levels + ")";
        }
        return null;
    }

    private static String columnOf(ObservationRow row, String kind) {
        boolean csv = row.column() != null;
        return switch (kind) {
            case "UnknownTerritory", "AmbiguousTerritory" -> csv ? "CODGEO" : "territoryCode";
            case "UnknownIndicator" -> csv ? row.column() : "indicator";
            case "InvalidPeriod" -> "period";
            case "Duplicate" -> csv ? row.column() : "territoryCode";
            default -> csv ? row.column() : "value";
        };
    }

    private static String valueOf(ObservationRow row, String code) {
        return switch (code) {
            case "UnknownIndicator" -> row.indicator();
            case "InvalidPeriod" -> row.period();
            case "UnknownTerritory", "AmbiguousTerritory" -> row.territoryCode();
            default -> String.valueOf(row.value());
        };
    }
}
