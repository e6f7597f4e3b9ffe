package org.maillage.commons.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Reads number, boolean and UUID parameters exactly as the contracts type them, answering a bad value with a 400
 * problem that names the parameter: JAX-RS would answer {@code limit=ten} or a malformed UUID in a path with a
 * bare 404, read {@code includeArchived=yes} as false, and take shortened UUIDs such as {@code 1-2-3-4-5}.
 * Booleans are {@code true} or {@code false} in lower case, as in JSON; UUIDs are in 8-4-4-4-12 form.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    private record Reading(Function<String, Object> parse, String expectation) {
    }

    private static final Map<Class<?>, Reading> READINGS = Map.of(
            Integer.class, new Reading(Integer::valueOf, "must be a whole number"),
            Long.class, new Reading(Long::valueOf, "must be a whole number"),
            Double.class, new Reading(StrictParamConverters::finiteNumber, "must be a number"),
            Boolean.class, new Reading(StrictParamConverters::trueOrFalse, "must be true or false"),
            UUID.class, new Reading(Uuids::parse, Uuids.EXPECTATION));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reading reading = READINGS.get(rawType);
        String parameter = parameterName(annotations, rawType == UUID.class);
        if (reading == null || parameter == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return rawType.cast(reading.parse().apply(value));
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException(parameter + " " + reading.expectation() + ", not '" + value + "'",
                            List.of(new FieldError(parameter, "InvalidValue", reading.expectation())));
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    /** The query parameter's name, or the path parameter's when those are read here too. */
    private static String parameterName(Annotation[] annotations, boolean pathToo) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (pathToo && annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    private static Double finiteNumber(String value) {
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number) || !value.strip().equals(value)) {
            throw new NumberFormatException(value);
        }
        return number;
    }

    private static Boolean trueOrFalse(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
