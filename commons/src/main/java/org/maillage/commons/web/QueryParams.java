package org.maillage.commons.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Parses filter parameters with a 400 problem naming the parameter; JAX-RS would otherwise answer a bad
 * enum value with a bare 404.
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
}
