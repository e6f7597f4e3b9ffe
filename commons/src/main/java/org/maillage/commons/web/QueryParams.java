package org.maillage.commons.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Parses filter parameters with a 400 problem naming the parameter; JAX-RS would otherwise answer a bad
 * enum value with a bare 404. Enum values are matched exactly, in the upper case the contracts list, as in
 * JSON bodies.
 */
public final class QueryParams {

    public static final String DATE_EXPECTATION = "must be an ISO date such as 2026-03-01";

    /** RFC 3339 full-date, four-digit years only: LocalDate alone also reads years PostgreSQL cannot store. */
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new BadRequestException(parameter + " must be one of " + allowed + ", not '" + value + "'",
                    List.of(new FieldError(parameter, "InvalidValue", "must be one of " + allowed)));
        }
    }

    /** A UUID filter in canonical form. */
    public static UUID uuid(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Uuids.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(parameter + " " + Uuids.EXPECTATION,
                    List.of(new FieldError(parameter, "InvalidValue", Uuids.EXPECTATION)));
        }
    }

    /** A date filter in RFC 3339 full-date form (2026-03-01), as the contracts' {@code format: date}. */
    public static LocalDate date(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (FULL_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // an impossible day such as 2026-02-30: refused below like any other malformed date
        }
        throw new BadRequestException(parameter + " " + DATE_EXPECTATION + ", not '" + value + "'",
                List.of(new FieldError(parameter, "InvalidValue", DATE_EXPECTATION)));
    }
}
