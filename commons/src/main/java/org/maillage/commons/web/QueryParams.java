package org.maillage.commons.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Parses filter parameters with a 400 problem naming the parameter; JAX-RS would otherwise answer a bad
 * enum value or number with a bare 404.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new BadRequestException(parameter + " must be one of " + allowed,
                    List.of(new FieldError(parameter, "InvalidValue", "must be one of " + allowed)));
        }
    }

    /** A whole number within [min, max]; the default when the parameter is absent. */
    public static long wholeNumber(String parameter, String value, long min, long max, long defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as an out-of-range number is
        }
        String expectation = "must be a whole number from " + min + " to " + max;
        throw new BadRequestException(parameter + " " + expectation,
                List.of(new FieldError(parameter, "InvalidValue", expectation)));
    }
}
