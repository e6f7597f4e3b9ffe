package org.maillage.commons.problem;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.web.SafeText;
import org.maillage.commons.web.Uuids;

/**
 * Names a JSON location — of a Jackson mapping failure, or of a parser's token — the way clients write it:
 * "members[0].role".
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                appendField(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                appendIndex(path, ref.getIndex());
            }
        }
        return path.toString();
    }

    /** The location of a parser's current token, for checks that read the tokens themselves. */
    public static String of(JsonStreamContext context) {
        List<JsonStreamContext> steps = new ArrayList<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            steps.add(0, step);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext step : steps) {
            if (step.inObject() && step.getCurrentName() != null) {
                appendField(path, step.getCurrentName());
            } else if (step.inArray()) {
                appendIndex(path, step.getCurrentIndex());
            }
        }
        return path.toString();
    }

    private static void appendField(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }

    private static void appendIndex(StringBuilder path, int index) {
        path.append('[').append(index).append(']');
    }

    /** What the field should have been, without naming internal classes. */
    static String expectation(MismatchedInputException e) {
        if (e instanceof UnsafeTextException) {
            return SafeText.EXPECTATION;
        }
        if (e instanceof StrictJsonException strict) {
            return strict.expectation();
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return "must be one of " + allowed;
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
            return target == float.class || target == double.class || target == Float.class
                    || target == Double.class || target == BigDecimal.class ? "must be a number" : "must be a whole number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == UUID.class) {
            return Uuids.EXPECTATION;
        }
        if (target == Instant.class || target == OffsetDateTime.class) {
            return "must be an RFC 3339 date-time with an offset";
        }
        if (target == LocalDate.class) {
            return "must be a date such as 2026-03-14";
        }
        return "has a value of the wrong type or format";
    }
}
