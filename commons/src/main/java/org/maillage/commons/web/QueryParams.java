package org.maillage.commons.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Parses filter parameters with a 400 problem naming the parameter; JAX-RS would otherwise answer a bad
 * enum value with a bare 404. Enum values are matched exactly, in the upper case the contracts list, as in
 * JSON bodies.
 */
public final class QueryParams {

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
}
