package org.maillage.diagnostics.indicators.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.territory.TerritoryLevel;

/**
 * Reads observations from CSV as statistics offices publish them: a {@code CODGEO} column of territory codes,
 * one column per indicator (named by the indicator code, any case), the period given once for the file.
 * Separator {@code ;} or {@code ,} (taken from the header), decimal comma or point, quoted fields. Empty
 * cells and the offices' markers for secret or unavailable values ({@code s}, {@code nd}, {@code NA}) are
 * skipped, not rejected. {@code LIBGEO} (the name) is ignored. A file beyond {@link #MAX_LINES} lines,
 * {@link #MAX_COLUMNS} columns or {@link #MAX_VALUES} values is refused whole (400); a cell longer than
 * {@link #MAX_CELL_LENGTH} characters rejects its line.
 */
public final class CsvObservationParser {

    /** Lines after the header: every territory of France, several times over. */
    public static final int MAX_LINES = 100_000;
    /** CODGEO, LIBGEO and as many indicators as one import writes. */
    public static final int MAX_COLUMNS = ImportReport.MAX_INDICATORS + 2;
    /** Values of one file, kept in memory while validated: the whole commune level for about 25 indicators. */
    public static final int MAX_VALUES = 1_000_000;
    /** No code, number or name of a statistics office's file comes near. */
    public static final int MAX_CELL_LENGTH = 200;

    private static final Set<String> IGNORED_COLUMNS = Set.of("LIBGEO");
    private static final Set<String> MISSING_MARKERS = Set.of("", "s", "nd", "na", "n/a", "-");

    private CsvObservationParser() {
    }

    /** @param indicatorsByLowerCode the known indicator codes, keyed by their lower-case form */
    public static ParsedImport parse(String csv, Map<String, String> indicatorsByLowerCode, String period,
                                     TerritoryLevel level, String source) {
        List<ObservationRow> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        String[] lines = csv.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            rejections.add(new Rejection(1, null, null, "MissingHeader", "the file is empty: expected a header line with CODGEO"));
            return new ParsedImport(rows, rejections, 0);
        }
        String header = stripBom(lines[0]);
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> columns = CsvLine.split(header, separator);
        requireWithinCaps(lines, columns.size());
        int codgeo = columns.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList().indexOf("CODGEO");
        if (codgeo < 0) {
            rejections.add(new Rejection(1, null, header, "MissingColumn", "the header has no CODGEO column"));
            return new ParsedImport(rows, rejections, 0);
        }
        String[] indicatorOf = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c).strip();
            if (c == codgeo || IGNORED_COLUMNS.contains(name.toUpperCase(Locale.ROOT))) {
                continue;
            }
            indicatorOf[c] = indicatorsByLowerCode.get(name.toLowerCase(Locale.ROOT));
            if (indicatorOf[c] == null) {
                rejections.add(new Rejection(1, name, name, "UnknownIndicator",
                        "column " + name + " is neither CODGEO, LIBGEO nor the code of an indicator of the catalogue"));
            }
        }
        int skipped = 0;
        for (int i = 1; i < lines.length; i++) {
            int lineNumber = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.split(lines[i], separator);
            if (cells.size() != columns.size()) {
                rejections.add(new Rejection(lineNumber, null, null, "WrongColumnCount",
                        "has " + cells.size() + " fields where the header has " + columns.size()));
                continue;
            }
            int tooLong = firstTooLong(cells);
            if (tooLong >= 0) {
                rejections.add(new Rejection(lineNumber, columns.get(tooLong).strip(), cells.get(tooLong), "CellTooLong",
                        "a cell has " + cells.get(tooLong).length() + " characters, at most " + MAX_CELL_LENGTH
                                + " are read"));
                continue;
            }
            String code = cells.get(codgeo).strip();
            for (int c = 0; c < cells.size(); c++) {
                if (indicatorOf[c] == null) {
                    continue;
                }
                String raw = cells.get(c).strip();
                if (MISSING_MARKERS.contains(raw.toLowerCase(Locale.ROOT))) {
                    skipped++;
                    continue;
                }
                Double value = parseNumber(raw);
                if (value == null) {
                    rejections.add(new Rejection(lineNumber, columns.get(c).strip(), raw, "NotANumber",
                            "'" + raw + "' is not a number"));
                    continue;
                }
                if (rows.size() == MAX_VALUES) {
                    throw new BadRequestException("The file holds more than " + MAX_VALUES + " values: split it;"
                            + " nothing was written", List.of(new FieldError("csv", "TooManyValues", "more than "
                            + MAX_VALUES + " values, the " + (MAX_VALUES + 1) + "th on line " + lineNumber)));
                }
                rows.add(new ObservationRow(lineNumber, columns.get(c).strip(), indicatorOf[c], code, level, period,
                        value, source));
            }
        }
        return new ParsedImport(rows, rejections, skipped);
    }

    private static void requireWithinCaps(String[] lines, int columns) {
        List<FieldError> errors = new ArrayList<>();
        long dataLines = Arrays.stream(lines, 1, lines.length).filter(line -> !line.isBlank()).count();
        if (dataLines > MAX_LINES) {
            errors.add(new FieldError("csv", "TooManyLines", dataLines + " lines after the header, at most " + MAX_LINES));
        }
        if (columns > MAX_COLUMNS) {
            errors.add(new FieldError("csv", "TooManyColumns", columns + " columns, at most " + MAX_COLUMNS));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The file is larger than one import reads: split it; nothing was written",
                    errors);
        }
    }

    private static int firstTooLong(List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).length() > MAX_CELL_LENGTH) {
                return c;
            }
        }
        return -1;
    }

    private static Double parseNumber(String raw) {
        String normalised = raw.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            double value = Double.parseDouble(normalised);
            return Double.isFinite(value) && onlyDigitsAndSigns(normalised) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Refuses what Java parses but no statistics office writes: exponents, hexadecimal, NaN, Infinity. */
    private static boolean onlyDigitsAndSigns(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+') {
                return false;
            }
        }
        return true;
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }
}
