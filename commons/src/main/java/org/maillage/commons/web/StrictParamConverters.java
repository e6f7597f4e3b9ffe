package org.maillage.commons.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Reads number and boolean query parameters strictly, answering a bad value with a 400 problem that names the
 * parameter: JAX-RS would answer {@code limit=ten} with a bare 404 and read {@code includeArchived=yes} as false.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    private record Reading(Function<String, Object> parse, String expectation) {
    }

    private static final Map<Class<?>, Reading> READINGS = Map.of(
            Integer.class, new Reading(Integer::valueOf, "must be a whole number"),
            Long.class, new Reading(Long::valueOf, "must be a whole number"),
            Double.class, new Reading(StrictParamConverters::finiteNumber, "must be a number"),
            Boolean.class, new Reading(StrictParamConverters::trueOrFalse, "must be true or false"));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reading reading = READINGS.get(rawType);
        String parameter = queryParameterName(annotations);
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
                    return rawType.cast(reading.parse().apply(value.strip()));
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

    private static String queryParameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private static Double finiteNumber(String value) {
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
            throw new NumberFormatException(value);
        }
        return number;
    }

    private static Boolean trueOrFalse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
